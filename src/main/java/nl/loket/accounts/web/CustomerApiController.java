package nl.loket.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.accounts.CustomerView;
import nl.loket.accounts.RequiresScope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Customers' personal data over the API, with the same privacy by role as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customers", description = "Personal data; address, bank account and birth date only for roles allowed")
class CustomerApiController {

    private final Viewers viewers;
    private final CustomerDirectory directory;

    CustomerApiController(Viewers viewers, CustomerDirectory directory) {
        this.viewers = viewers;
        this.directory = directory;
    }

    /** A postal address in the API. */
    record AddressJson(String street, String postcode, String city, String country) {}

    /**
     * A customer as the caller may see them: {@code address}, {@code iban} and {@code birthDate} are
     * null unless {@code protectedDataVisible} (and then null only when not filled in).
     */
    record CustomerJson(
            long id,
            String name,
            String email,
            String company,
            String phone,
            boolean protectedDataVisible,
            @Nullable AddressJson address,
            @Nullable String iban,
            @Nullable LocalDate birthDate,
            boolean erased) {

        static CustomerJson of(CustomerView view) {
            var address = view.address();
            return new CustomerJson(
                    view.id().value(),
                    view.name(),
                    view.email().value(),
                    view.company(),
                    view.phone(),
                    view.protectedDataVisible(),
                    address == null
                            ? null
                            : new AddressJson(address.street(), address.postcode(), address.city(), address.country()),
                    view.iban() == null ? null : view.iban().value(),
                    view.birthDate(),
                    view.erased());
        }
    }

    @GetMapping("/me")
    @RequiresScope(ApiScope.ACCOUNT_READ)
    @Operation(
            summary = "The signed-in person's own data",
            description = "Everything, protected fields included. With an API token: scope account:read.")
    @ApiResponse(responseCode = "200", description = "the caller's data")
    @ApiResponse(
            responseCode = "401",
            description = "not signed in",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CustomerJson me(Principal principal, HttpServletRequest request) {
        return CustomerJson.of(directory.own(viewers.of(principal, request)));
    }

    @GetMapping("/customers/{id}")
    @RequiresScope(ApiScope.CUSTOMERS_READ)
    @Operation(
            summary = "A customer's data, for staff",
            description = "Support agents and knowledge editors get contact data only; customer service, billing "
                    + "and administrators also address, IBAN and birth date, and each such read is audited. "
                    + "Customers are refused, also for their own id: they use /api/v1/me. "
                    + "With an API token: scope customers:read.")
    @ApiResponse(responseCode = "200", description = "the customer as the caller may see them")
    @ApiResponse(
            responseCode = "401",
            description = "not signed in",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "the caller is not staff, or the API token lacks the scope",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no customer with this id",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CustomerJson customer(
            @PathVariable @Parameter(description = "the customer's account id") long id,
            Principal principal,
            HttpServletRequest request) {
        var viewer = viewers.of(principal, request);
        if (!viewer.worksWithCustomers()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return directory
                .view(new AccountId(id), viewer)
                .map(CustomerJson::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
