package dev.grace.bootstrap;

import dev.grace.adapter.in.web.WebAdapterConfiguration;
import dev.grace.adapter.in.web.webhook.WebhookSettings;
import java.util.List;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The HTTP side: the web adapter's own configuration, fed with the webhook settings and where to listen. */
@Configuration(proxyBeanMethods = false)
@Import(WebAdapterConfiguration.class)
class WebWiring {

    @Bean
    WebhookSettings webhookSettings(GraceSettings settings) {
        List<byte[]> secrets = settings.hmacSecrets().orElseGet(() ->
                WebhookSettings.parseSecrets(DevelopmentSecret.loadOrCreate(settings.dataDirectory())));
        return new WebhookSettings(secrets, settings.hmacTolerance(), settings.webhookMaxBodyBytes());
    }

    /**
     * Development mode listens on the loopback interface only, so a production deploy that forgot its
     * DATABASE_URL cannot quietly serve the demo hotel to the world.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> listenAddress(GraceSettings settings) {
        return factory -> {
            if (settings.developmentMode()) {
                factory.setAddress(java.net.InetAddress.getLoopbackAddress());
            }
        };
    }
}
