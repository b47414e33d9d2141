package dev.grace.adapter.in.web.rates;

import dev.grace.adapter.in.web.wire.HotelWireMapper;
import dev.grace.adapter.in.web.wire.JsonResponses;
import dev.grace.application.port.in.ListRoomTypesUseCase;
import dev.grace.application.port.in.QuoteStayUseCase;
import jakarta.servlet.http.HttpServletRequest;
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
        return responses.ok(mapper.toResponse(quoteStay.quote(QuoteParameters.parse(request.getParameterMap()))));
    }

    @Override
    @GetMapping(path = "/room-types", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> roomTypes() {
        return responses.ok(mapper.toRoomTypeResponses(listRoomTypes.listRoomTypes()));
    }
}
