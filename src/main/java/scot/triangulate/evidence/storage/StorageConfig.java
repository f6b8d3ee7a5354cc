package scot.triangulate.evidence.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Chooses the file store by configuration: {@code triangulate.storage.type=local} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    @ConditionalOnProperty(name = "triangulate.storage.type", havingValue = "local", matchIfMissing = true)
    FileStore localFileStore(@Value("${triangulate.storage.directory:data/files}") String directory) throws IOException {
        return new LocalDirectoryFileStore(Path.of(directory));
    }

    @Bean
    @ConditionalOnProperty(name = "triangulate.storage.type", havingValue = "s3")
    FileStore s3FileStore(@Value("${triangulate.storage.s3.bucket}") String bucket,
            @Value("${triangulate.storage.s3.endpoint:}") String endpoint,
            @Value("${triangulate.storage.s3.region:eu-west-2}") String region,
            @Value("${triangulate.storage.s3.access-key:}") String accessKey,
            @Value("${triangulate.storage.s3.secret-key:}") String secretKey) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .credentialsProvider(accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (!endpoint.isBlank()) {
            // S3-compatible stores (MinIO, Ceph, ...) usually want path-style addresses.
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return new S3FileStore(builder.build(), bucket);
    }
}
