package dev.grace.adapter.in.web.wire;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Shared MapStruct settings: every response field is mapped on purpose, and generated classes are not named *Impl. */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "<CLASS_NAME>Generated")
public interface WireMappingConfig {
}
