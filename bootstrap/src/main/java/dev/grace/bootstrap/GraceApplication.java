package dev.grace.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Grace's entry point. No component scanning: every bean is declared in one of the imported wiring classes,
 * so what runs is what is written here. Flyway runs explicitly right after the start-up pool check.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = FlywayAutoConfiguration.class)
@EnableScheduling
@Import({PersistenceWiring.class, ApplicationWiring.class, WebWiring.class})
public class GraceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GraceApplication.class, args);
    }

    @Bean
    GraceSettings graceSettings(Environment environment) {
        return GraceSettings.from(environment::getProperty);
    }
}
