package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The problem+json answers every ticket API endpoint shares, for the OpenAPI description: not signed
 * in, not allowed, not there (or not the caller's). springdoc reads these {@code @ApiResponse}s as
 * meta-annotations; an endpoint that takes input adds {@link InvalidInput}, one with rules its own 409.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
        responseCode = "401",
        description = "not signed in",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "403",
        description = "the caller's role or API token lacks the scope, or a customer asked for what only staff may do",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "404",
        description = "no such ticket or file, or not the caller's (a customer never gets an internal note's file)",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@interface TicketApiProblems {

    /** 400 for input the API refuses; the problem's errors name each field or file. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "400",
            description = "invalid input: fields or files (listed under errors), or a department, status or filter"
                    + " value that does not exist",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @interface InvalidInput {}
}
