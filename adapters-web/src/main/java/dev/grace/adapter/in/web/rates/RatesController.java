package dev.grace.adapter.in.web.rates;

import dev.grace.adapter.in.web.wire.HotelWireMapper;
import dev.grace.adapter.in.web.wire.JsonResponses;
import dev.grace.application.port.in.ListRoomTypesUseCase;
import dev.grace.application.port.in.QuoteStayUseCase;
import dev.grace.adapter.in.web.problem.FieldProblem;
import dev.grace.adapter.in.web.problem.Problem;
import dev.grace.adapter.in.web.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /rates} and {@code GET /room-types}: public, read-only. */
@RestController
public final class RatesController implements RatesApi {
    private final QuoteStayUseCase quoteStay;
    private final ListRoomTypesUseCase listRoomTypes;
    private final HotelWireMapper mapper;
    private final JsonResponses responses;

    public RatesController(QuoteStayUseCase quoteStay, ListRoomTypesUseCase listRoomTypes, HotelWireMapper mapper,
            JsonResponses responses) {
        this.quoteStay = quoteStay;
        this.listRoomTypes = listRoomTypes;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Override
    @GetMapping(path = "/rates", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> quote(HttpServletRequest request) {
        return responses.ok(mapper.toResponse(quoteStay.quote(QuoteParameters.parse(parameters(request)))));
    }

    /** The servlet container refuses a query it cannot decode (e.g. {@code %ZZ}) only when it is first read. */
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            throw new ProblemException(Problem.invalid(400, "invalid_parameter",
                    "The query string cannot be decoded: percent-escapes must encode UTF-8.",
                    List.of(new FieldProblem("query", "is not valid percent-encoded UTF-8"))));
        }
    }

    @Override
    @GetMapping(path = "/room-types", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> roomTypes() {
        return responses.ok(mapper.toRoomTypeResponses(listRoomTypes.listRoomTypes()));
    }
}
