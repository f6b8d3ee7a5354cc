-- Search requests with a bearer token, one of several words per request.
local words = {"chronologies", "pathway", "conference", "attendance", "advocacy", "kinship", "\"core group\"", "neglect"}
local token = os.getenv("BENCH_TOKEN") or "demo-other-lead-token"
local i = 0
request = function()
  i = i + 1
  local word = words[(i % #words) + 1]
  return wrk.format("GET", "/api/partnerships/stirling/evidence?q=" .. word:gsub("\"", "%%22"):gsub(" ", "+"),
    {["Authorization"] = "Bearer " .. token})
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests: %d, errors: %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
  io.write(string.format("requests/s: %.1f\n", summary.requests / seconds))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
