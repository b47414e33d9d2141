package dev.grace.adapter.in.web;

import dev.grace.adapter.in.web.webhook.WebhookSettings;
import dev.grace.adapter.in.web.health.HealthController;
import dev.grace.adapter.in.web.openapi.OpenApiDescription;
import dev.grace.adapter.in.web.problem.ApiExceptionHandler;
import dev.grace.adapter.in.web.problem.ContainerErrorReport;
import dev.grace.adapter.in.web.problem.ErrorDispatchController;
import dev.grace.adapter.in.web.problem.ProblemRenderer;
import dev.grace.adapter.in.web.problem.RequestIdFilter;
import dev.grace.adapter.in.web.problem.RouteMethods;
import dev.grace.adapter.in.web.rates.RatesController;
import dev.grace.adapter.in.web.webhook.EventParser;
import dev.grace.adapter.in.web.webhook.SignatureVerifier;
import dev.grace.adapter.in.web.webhook.SignedWebhookFilter;
import dev.grace.adapter.in.web.webhook.WebhookController;
import dev.grace.adapter.in.web.wire.HealthWireMapper;
import dev.grace.adapter.in.web.wire.HealthWireMapperGenerated;
import dev.grace.adapter.in.web.wire.HotelWireMapper;
import dev.grace.adapter.in.web.wire.HotelWireMapperGenerated;
import dev.grace.adapter.in.web.wire.JsonResponses;
import dev.grace.adapter.in.web.wire.WireJson;
import dev.grace.application.port.in.CheckHealthUseCase;
import dev.grace.application.port.in.HandleEventUseCase;
import dev.grace.application.port.in.ListRoomTypesUseCase;
import dev.grace.application.port.in.QuoteStayUseCase;
import io.swagger.v3.oas.models.OpenAPI;
import java.time.Clock;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.FormContentFilter;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Everything the web adapter contributes, wired explicitly. The bootstrap {@code @Import}s this class and
 * provides: {@link QuoteStayUseCase}, {@link ListRoomTypesUseCase}, {@link HandleEventUseCase},
 * {@link CheckHealthUseCase}, {@link WebhookSettings} and a UTC {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
public class WebAdapterConfiguration {
    /** Request ids first, so every answer (including the signature filter's) carries one. */
    public static final int REQUEST_ID_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;
    /** Before any filter that could read the body (form parsing) and before Spring MVC. */
    public static final int SIGNATURE_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    WireJson graceWireJson() {
        return new WireJson();
    }

    @Bean
    JsonResponses graceJsonResponses(WireJson json) {
        return new JsonResponses(json);
    }

    @Bean
    ProblemRenderer graceProblemRenderer(WireJson json) {
        return new ProblemRenderer(json);
    }

    @Bean
    HotelWireMapper graceHotelWireMapper() {
        return new HotelWireMapperGenerated();
    }

    @Bean
    HealthWireMapper graceHealthWireMapper() {
        return new HealthWireMapperGenerated();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> graceRequestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(REQUEST_ID_FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Under the dispatcher's well-known name, so Boot's parsing resolver backs off (see {@link NoMultipartBodies}). */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver graceNoMultipartBodies() {
        return new NoMultipartBodies();
    }

    /**
     * Grace takes no form bodies. Boot's form filter parsed every PUT, PATCH and DELETE form body before
     * routing, so an undecodable one ({@code a=%ZZ}) was a 500 on any path. This bean takes its place (Boot
     * backs off when one exists) and is never registered, so the path and method decide the answer.
     */
    @Bean
    FormContentFilter graceUnusedFormContentFilter() {
        return new FormContentFilter();
    }

    @Bean
    FilterRegistrationBean<FormContentFilter> graceUnusedFormContentFilterRegistration(FormContentFilter filter) {
        FilterRegistrationBean<FormContentFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SignatureVerifier graceSignatureVerifier(WebhookSettings settings, Clock clock) {
        return new SignatureVerifier(settings, clock);
    }

    @Bean
    FilterRegistrationBean<SignedWebhookFilter> graceSignedWebhookFilter(SignatureVerifier verifier,
            WebhookSettings settings, ProblemRenderer problems) {
        FilterRegistrationBean<SignedWebhookFilter> registration =
                new FilterRegistrationBean<>(new SignedWebhookFilter(verifier, settings, problems));
        registration.setOrder(SIGNATURE_FILTER_ORDER);
        // Every path: the filter itself decides on the path Spring MVC routes by, so no spelling slips past.
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    EventParser graceEventParser(WireJson json) {
        return new EventParser(json);
    }

    @Bean
    RatesController graceRatesController(QuoteStayUseCase quoteStay, ListRoomTypesUseCase listRoomTypes,
            HotelWireMapper mapper, JsonResponses responses) {
        return new RatesController(quoteStay, listRoomTypes, mapper, responses);
    }

    @Bean
    WebhookController graceWebhookController(HandleEventUseCase handleEvent, EventParser parser,
            HotelWireMapper mapper, WireJson json, ProblemRenderer problems) {
        return new WebhookController(handleEvent, parser, mapper, json, problems);
    }

    @Bean
    HealthController graceHealthController(CheckHealthUseCase checkHealth, HealthWireMapper mapper,
            JsonResponses responses) {
        return new HealthController(checkHealth, mapper, responses);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> graceContainerErrorReport(ProblemRenderer problems) {
        return factory -> factory.addContextCustomizers(ContainerErrorReport.installer(problems));
    }

    @Bean
    ApiExceptionHandler graceApiExceptionHandler(ProblemRenderer problems) {
        return new ApiExceptionHandler(problems);
    }

    @Bean
    ErrorDispatchController graceErrorDispatchController(ProblemRenderer problems,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new ErrorDispatchController(problems, new RouteMethods(mappings));
    }

    @Bean
    OpenAPI graceOpenApi() {
        return OpenApiDescription.openApi();
    }

    @Bean
    OpenApiCustomizer graceCommonErrors() {
        return OpenApiDescription.commonErrors();
    }
}
