package scot.triangulate.performance;

/**
 * An indicator's latest figures as a sparkline (SVG markup, hidden from screen readers) and the same figures in
 * words for those who cannot see it, such as "Trend: 12 in 2023-24, 15 in 2024-25, 18 in 2025-26".
 */
public record TrendLine(String svg, String words) {
}
