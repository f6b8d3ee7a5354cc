package scot.triangulate.evidence;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads in progress are written to this instance's own directory under {@code triangulate.uploads.directory}
 * (default {@code data/uploads}), so what a stopped instance left there can be found and swept.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfig {

    @Bean(destroyMethod = "close")
    UploadDirectory uploadDirectory(@Value("${triangulate.uploads.directory:data/uploads}") String directory)
            throws IOException {
        return new UploadDirectory(Path.of(directory));
    }

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties, UploadDirectory uploads) {
        properties.setLocation(uploads.path().toString());
        return properties.createMultipartConfig();
    }
}
