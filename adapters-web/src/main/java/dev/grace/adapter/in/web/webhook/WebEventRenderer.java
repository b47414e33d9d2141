package dev.grace.adapter.in.web.webhook;

import dev.grace.adapter.in.web.problem.ProblemRenderer;
import dev.grace.adapter.in.web.problem.Problems;
import dev.grace.adapter.in.web.wire.HotelWireMapper;
import dev.grace.adapter.in.web.wire.WireJson;
import dev.grace.application.port.in.EventRenderer;
import dev.grace.application.port.in.EventResult;
import dev.grace.application.port.in.RatesUpdated;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.domain.Booking;
import dev.grace.domain.RoomType;

/**
 * Renders an event's result as the exact bytes its sender sees, request id included: these bytes are
 * what a redelivery of the same event gets back.
 */
final class WebEventRenderer implements EventRenderer {
    private final HotelWireMapper mapper;
    private final WireJson json;
    private final ProblemRenderer problems;
    private final String requestId;

    WebEventRenderer(HotelWireMapper mapper, WireJson json, ProblemRenderer problems, String requestId) {
        this.mapper = mapper;
        this.json = json;
        this.problems = problems;
        this.requestId = requestId;
    }

    @Override
    public RecordedResponse render(EventResult result) {
        if (result instanceof EventResult.Succeeded succeeded) {
            return succeeded(succeeded);
        }
        if (result instanceof EventResult.Rejected rejected) {
            var problem = Problems.ruleViolation(rejected.violation(), WebEventRenderer::pathInEvent);
            return new RecordedResponse(problem.status(), problems.render(problem, requestId));
        }
        throw new IllegalStateException("unknown event result " + result.getClass().getSimpleName());
    }

    /** Rule fields name the event's data, except the envelope's own event id (event_id_reuse). */
    static String pathInEvent(String field) {
        return field.isEmpty() || field.equals("event_id") ? field : "data." + field;
    }

    private RecordedResponse succeeded(EventResult.Succeeded succeeded) {
        Object value = succeeded.value();
        if (value instanceof Booking booking) {
            return new RecordedResponse(succeeded.created() ? 201 : 200, json.write(mapper.toResponse(booking)));
        }
        if (value instanceof RoomType roomType) {
            return new RecordedResponse(200, json.write(mapper.toResponse(roomType)));
        }
        if (value instanceof RatesUpdated updated) {
            return new RecordedResponse(200, json.write(mapper.toResponse(updated)));
        }
        throw new IllegalStateException("no rendering for a result of " + value.getClass().getSimpleName());
    }
}
