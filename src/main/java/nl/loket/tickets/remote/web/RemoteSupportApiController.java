package nl.loket.tickets.remote.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.Channel;
import nl.loket.tickets.remote.BookRemoteSupport;
import nl.loket.tickets.remote.BookingView;
import nl.loket.tickets.remote.RemoteSupport;
import nl.loket.tickets.remote.SlotView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Remote support over the API, for customers (session or personal API token): the free slots, their
 * bookings, booking a place and cancelling one. Errors are problem+json in the reader's language
 * ({@link RemoteSupportApiErrors}).
 */
@RestController
@RequestMapping(value = "/api/v1/remote-support", produces = "application/json")
@Tag(name = "Remote support", description = "Customers book a place in a remote-support slot")
@ApiResponse(
        responseCode = "401",
        description = "not signed in",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "403",
        description = "the caller is not a customer, or the token lacks the scope",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class RemoteSupportApiController {

    private final RemoteSupport remoteSupport;
    private final Customers customers;

    RemoteSupportApiController(RemoteSupport remoteSupport, Customers customers) {
        this.remoteSupport = remoteSupport;
        this.customers = customers;
    }

    /** A free slot; times in UTC, price in euro cents and as the reader writes it. */
    record Slot(
            long id,
            Instant startsAt,
            Instant endsAt,
            int lengthMinutes,
            int placesLeft,
            int priceCents,
            String price) {

        static Slot of(SlotView slot, Locale locale) {
            return new Slot(
                    slot.id(),
                    slot.startsAt(),
                    slot.endsAt(),
                    slot.lengthMinutes(),
                    slot.placesLeft(),
                    slot.priceCents(),
                    nl.loket.tickets.Appointment.euros(slot.priceCents(), locale));
        }
    }

    /** A booking; {@code cancellable} says whether DELETE would still be accepted now. */
    record Booking(
            long id,
            long slotId,
            String ticket,
            Instant startsAt,
            Instant endsAt,
            int priceCents,
            Instant cancellableUntil,
            boolean cancellable,
            @Nullable Instant cancelledAt) {

        static Booking of(BookingView booking) {
            var appointment = booking.appointment();
            return new Booking(
                    booking.id(),
                    booking.slotId(),
                    booking.ticket().value(),
                    appointment.startsAt(),
                    appointment.endsAt(),
                    appointment.priceCents(),
                    appointment.cancellableUntil(),
                    booking.cancellable(),
                    booking.cancelledAt());
        }
    }

    /** What a customer sends to book: the slot and the problem they want help with. */
    record NewBooking(@Nullable Long slotId, @Nullable String description) {}

    @GetMapping("/slots")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Free slots",
            description = "Slots with a place left in the coming weeks, soonest first. Customers only. Scope"
                    + " tickets:read.")
    List<Slot> slots(Principal principal, Locale locale) {
        customers.require(principal);
        return remoteSupport.freeSlots().stream()
                .map(slot -> Slot.of(slot, locale))
                .toList();
    }

    @GetMapping("/bookings")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "My bookings",
            description = "The caller's bookings of slots that have not ended, cancelled ones included. Scope"
                    + " tickets:read.")
    List<Booking> bookings(Principal principal) {
        var customer = customers.require(principal);
        return remoteSupport.bookingsOf(customer.id()).stream().map(Booking::of).toList();
    }

    @PostMapping(value = "/bookings", consumes = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Book a place",
            description = "Takes a place in the slot and opens a ticket with the appointment; a confirmation mail"
                    + " follows. The last place goes to exactly one caller; the others get 409. Scope tickets:write.")
    @ApiResponse(responseCode = "201", description = "booked; Location is the booking's ticket")
    @ApiResponse(
            responseCode = "400",
            description = "no slot or no description",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no such slot, or it was cancelled or has started",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "the slot is full, or the caller has a place in it already",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Booking> book(@RequestBody NewBooking body, Principal principal) {
        var customer = customers.require(principal);
        if (body.slotId() == null) {
            throw new RemoteSupportApiErrors.MissingSlot();
        }
        var booking = remoteSupport.book(new BookRemoteSupport(
                body.slotId(), customer, body.description() == null ? "" : body.description(), Channel.API));
        var location = UriComponentsBuilder.fromPath("/api/v1/tickets/{number}")
                .build(booking.ticket().value());
        return ResponseEntity.created(location).body(Booking.of(booking));
    }

    @DeleteMapping("/bookings/{id}")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Cancel a booking",
            description = "Frees the place, notes it on the ticket and mails the customer; allowed until the"
                    + " booking's cancellableUntil. Scope tickets:write.")
    @ApiResponse(responseCode = "200", description = "cancelled; the booking as it is now")
    @ApiResponse(
            responseCode = "404",
            description = "no such booking, or not the caller's",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "cancelled already, or too close to its start",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    Booking cancel(@PathVariable long id, Principal principal) {
        var customer = customers.require(principal);
        return Booking.of(remoteSupport.cancel(customer.id(), id));
    }
}
