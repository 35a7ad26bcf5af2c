package id.rantai.api.bid;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.idempotency.Idempotent;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.IfMatch;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sealed bids: the cooperative's writes and reads, and the buyer's opening after the deadline. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "bids")
@SecurityRequirement(name = "bearer")
class BidController {

    private final Bidding bidding;
    private final BidOpening opening;

    BidController(Bidding bidding, BidOpening opening) {
        this.bidding = bidding;
        this.opening = opening;
    }

    @Post("/demands/{demandId}/lots/{lotId}/bids")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<BidView> submit(Authentication auth, @PathVariable UUID demandId, @PathVariable UUID lotId,
                                 @Body @Valid BidRequest request) {
        BidView bid = bidding.submit(CurrentUser.of(auth), demandId, lotId, request);
        return HttpResponse.created(bid, URI.create("/api/demands/" + demandId + "/lots/" + lotId + "/bids/" + bid.id()));
    }

    @Put("/demands/{demandId}/lots/{lotId}/bids/{bidId}")
    BidView revise(Authentication auth, @PathVariable UUID demandId, @PathVariable UUID lotId, @PathVariable UUID bidId,
                   @Nullable @Header("If-Match") String ifMatch, @Body @Valid BidRequest request) {
        long version = IfMatch.version(ifMatch).or(() -> Optional.ofNullable(request.version())).orElseThrow(IfMatch::required);
        return bidding.revise(CurrentUser.of(auth), demandId, lotId, bidId, version, request);
    }

    @Delete("/demands/{demandId}/lots/{lotId}/bids/{bidId}")
    BidView withdraw(Authentication auth, @PathVariable UUID demandId, @PathVariable UUID lotId, @PathVariable UUID bidId,
                     @Nullable @Header("If-Match") String ifMatch) {
        long version = IfMatch.version(ifMatch).orElseThrow(IfMatch::required);
        return bidding.withdraw(CurrentUser.of(auth), demandId, lotId, bidId, version);
    }

    @Get("/demands/{demandId}/lots/{lotId}/bids/{bidId}")
    BidView own(Authentication auth, @PathVariable UUID demandId, @PathVariable UUID lotId, @PathVariable UUID bidId) {
        BidView bid = bidding.mineOne(CurrentUser.of(auth), bidId);
        if (!bid.lotId().equals(lotId) || !bid.demandId().equals(demandId)) {
            throw ProblemException.notFound("Bid");
        }
        return bid;
    }

    @Get("/bids")
    BidList mine(Authentication auth, @Nullable @QueryValue Boolean mine) {
        if (mine != null && !mine) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "Only your own bids can be listed: use mine=true");
        }
        List<BidView> items = bidding.mine(CurrentUser.of(auth));
        return new BidList(items, items.size());
    }

    @Get("/demands/{demandId}/bids")
    BidList ofDemand(Authentication auth, @PathVariable UUID demandId) {
        List<BidView> items = opening.bidsOf(CurrentUser.of(auth), demandId);
        return new BidList(items, items.size());
    }

    @Get("/demands/{demandId}/lots/{lotId}/comparison")
    BidOpening.LotComparison compare(Authentication auth, @PathVariable UUID demandId, @PathVariable UUID lotId) {
        return opening.compare(CurrentUser.of(auth), demandId, lotId);
    }

    @Serdeable
    record BidList(List<BidView> items, long total) {
    }
}
