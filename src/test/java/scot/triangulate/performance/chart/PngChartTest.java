package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.junit.jupiter.api.Test;

class PngChartTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void drawsTheChartAtTheRequestedWidth() throws IOException {
        ChartData.Comparator scotland = new ChartData.Comparator("Scotland", Charts.boxed(Charts.series(24)));
        String svg = SvgChart.render(Charts.xmr(24, scotland), Charts.english());

        byte[] png = PngChart.render(svg, 1200);

        assertThat(png).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(darkPixels(image)).as("the title, axes and series are drawn").isGreaterThan(2000);
    }

    @Test
    void drawsASinglePoint() throws IOException {
        String svg = SvgChart.render(Charts.runChart("One", List.of(3.0), List.of()), Charts.english());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngChart.render(svg, 360)));

        assertThat(image.getWidth()).isEqualTo(360);
        assertThat(image.getHeight()).isEqualTo(180);
    }

    @Test
    void rejectsUnreasonableSizesAndBrokenSvg() {
        assertThatIllegalArgumentException().isThrownBy(() -> PngChart.render("<svg/>", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> PngChart.render("<svg/>", PngChart.MAX_WIDTH + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> PngChart.render("<svg", 100));
        assertThatIllegalArgumentException().isThrownBy(() -> PngChart.render(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1000\"/>", 100));
    }

    @Test
    void fetchesNothingAnSvgRefersTo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicBoolean fetched = new AtomicBoolean();
            // Hangs up on every caller (HttpURLConnection retries), so that a fetch fails rather than waits.
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket caller = server.accept()) {
                        fetched.set(true);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.start();
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " viewBox=\"0 0 100 50\"><image width=\"10\" height=\"10\" xlink:href=\"http://127.0.0.1:"
                    + server.getLocalPort() + "/x.png\"/></svg>";

            try {
                PngChart.render(svg, 100);
            } catch (IllegalArgumentException refused) {
                assertThat(refused).hasCauseInstanceOf(TranscoderException.class);
            }
            server.close();
            listener.join(5_000);

            assertThat(fetched).isFalse();
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 150) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
