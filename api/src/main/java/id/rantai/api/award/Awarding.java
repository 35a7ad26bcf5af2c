package id.rantai.api.award;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.bid.BidView;
import id.rantai.api.bid.Bids;
import id.rantai.api.db.Sql;
import id.rantai.api.outbox.Outbox;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.BidWindow;
import id.rantai.api.tender.DemandStatus;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Demands;
import io.micronaut.http.HttpStatus;
import id.rantai.api.json.StrictJson;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Manual awards and deliveries. The buyer's officer splits a lot between bids within the lot's and each
 * bid's quantity; the demand becomes AWARDED. Deliveries are recorded against awards, on time or late
 * against the lot's deadline; when all awarded quantity is delivered, the demand is COMPLETED.
 */
@Singleton
public class Awarding {

    private final Demands demands;
    private final Bids bids;
    private final BidWindow bidWindow;
    private final Sql sql;
    private final AuditTrail audit;
    private final Outbox outbox;

    Awarding(Demands demands, Bids bids, BidWindow bidWindow, Sql sql, AuditTrail audit, Outbox outbox) {
        this.demands = demands;
        this.bids = bids;
        this.bidWindow = bidWindow;
        this.sql = sql;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** One line of a manual award: this much of that bid. */
    @Serdeable
    public record Allocation(@NotNull UUID bidId, @NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long quantity) {
    }

    @Serdeable
    public record AwardRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid Allocation> allocations) {
    }

    @Serdeable
    public record DeliveryRequest(@NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long quantity, @NotNull LocalDate deliveredOn) {
    }

    @Serdeable
    public record DeliveryView(UUID id, UUID awardId, long quantity, LocalDate deliveredOn, boolean onTime,
                               long deliveredSoFar, long awardedQuantity, DemandStatus demandStatus) {
    }

    @Transactional
    public List<AwardView> award(CurrentUser officer, UUID demandId, AwardRequest request) {
        bidWindow.closeIfDue(Optional.of(demandId));
        DemandView demand = demands.lock(demandId, true).orElseThrow(() -> ProblemException.notFound("Demand"));
        boolean buyer = officer.role() == Role.OFFICER && officer.organizationId().filter(demand.buyer().id()::equals).isPresent();
        if (!buyer) {
            if (demand.publishedAt() == null) {
                throw ProblemException.notFound("Demand");
            }
            throw ProblemException.forbidden("Only the buyer's officers may award this demand");
        }
        if (demand.status() != DemandStatus.EVALUATION) {
            throw ProblemException.conflict("Awards are made in EVALUATION; this demand is " + demand.status());
        }
        Map<UUID, BidView> live = new HashMap<>();
        bids.ofDemand(demandId).forEach(b -> live.put(b.id(), b));
        Map<UUID, Long> perBid = new HashMap<>();
        Map<UUID, Long> perLot = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.allocations().size(); i++) {
            Allocation a = request.allocations().get(i);
            BidView bid = live.get(a.bidId());
            if (bid == null) {
                errors.add(new Problem.FieldError("allocations[" + i + "].bidId", "no live bid of this demand"));
                continue;
            }
            long bidTotal = perBid.merge(bid.id(), a.quantity(), Long::sum);
            if (bidTotal > bid.quantity()) {
                errors.add(new Problem.FieldError("allocations[" + i + "].quantity", "exceeds the bid's quantity " + bid.quantity()));
            }
            perLot.merge(bid.lotId(), a.quantity(), Long::sum);
        }
        for (DemandView.LotView lot : demand.lots()) {
            if (perLot.getOrDefault(lot.id(), 0L) > lot.quantity()) {
                errors.add(new Problem.FieldError("allocations", "lot " + lot.lotNo() + " would get " + perLot.get(lot.id())
                        + " " + lot.unit() + ", more than its quantity " + lot.quantity()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "award-rules", "The award breaks the lots' quantities", errors);
        }
        List<UUID> ids = new ArrayList<>();
        for (Allocation a : request.allocations()) {
            BidView bid = live.get(a.bidId());
            ids.add(insertAward(demandId, bid, a.quantity(), officer.userId(), null, null, null));
        }
        if (!demands.moveTo(demandId, demand.version(), DemandStatus.AWARDED)) {
            throw ProblemException.conflict("The demand was changed meanwhile; reload it and try again");
        }
        List<AwardView> awards = ids.stream().map(id -> find(id).orElseThrow()).toList();
        audit.record(officer, "demand.awarded", "demand", demandId, Map.of("status", demand.status()),
                Map.of("status", DemandStatus.AWARDED, "awards", awards));
        outbox.changed("demand", demandId, demand.version() + 1);
        return awards;
    }

    /** Inserts one award row (also used when an accepted plan becomes awards). */
    public UUID insertAward(UUID demandId, BidView bid, long quantity, UUID by, UUID planId, UUID facilityId, LocalDate week) {
        return sql.one("""
                insert into award (demand_id, lot_id, bid_id, cooperative_id, quantity, unit_price_idr, evaluated_price_idr,
                                   award_plan_id, facility_id, week, awarded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", rs -> rs.getObject(1, UUID.class),
                demandId, bid.lotId(), bid.id(), bid.cooperative().id(), quantity, bid.unitPriceIdr(), bid.evaluatedPriceIdr(),
                planId, facilityId == null ? bid.facilityId() : facilityId, week, by).orElseThrow();
    }

    @Transactional
    public List<AwardView> list(CurrentUser user, Optional<UUID> demand, Optional<UUID> cooperative) {
        Optional<UUID> buyerScope = Optional.empty();
        Optional<UUID> cooperativeScope = cooperative;
        switch (user.role()) {
            case OFFICER -> buyerScope = user.organizationId();
            case COOPERATIVE -> {
                if (cooperative.isPresent() && !cooperative.equals(user.organizationId())) {
                    return List.of();
                }
                cooperativeScope = user.organizationId();
            }
            default -> { }
        }
        return sql.list(SELECT + """
                 where (?::uuid is null or a.demand_id = ?) and (?::uuid is null or a.cooperative_id = ?)
                   and (?::uuid is null or d.buyer_organization_id = ?)
                 order by a.awarded_at desc, a.id limit 1000""", Awarding::award,
                demand.orElse(null), demand.orElse(null), cooperativeScope.orElse(null), cooperativeScope.orElse(null),
                buyerScope.orElse(null), buyerScope.orElse(null));
    }

    @Transactional
    public DeliveryView deliver(CurrentUser user, UUID awardId, DeliveryRequest request) {
        AwardView award = find(awardId).orElseThrow(() -> ProblemException.notFound("Award"));
        DemandView demand = demands.lock(award.demandId(), true).orElseThrow();
        boolean supplier = user.role() == Role.COOPERATIVE && user.organizationId().filter(award.cooperativeId()::equals).isPresent();
        boolean buyer = user.role() == Role.OFFICER && user.organizationId().filter(demand.buyer().id()::equals).isPresent();
        if (!supplier && !buyer) {
            throw ProblemException.notFound("Award");
        }
        if (demand.status() != DemandStatus.AWARDED) {
            throw ProblemException.conflict("Deliveries are recorded while a demand is AWARDED; this one is " + demand.status());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.deliveredOn().isAfter(LocalDate.now().plusDays(1))) {
            errors.add(new Problem.FieldError("deliveredOn", "must not be in the future"));
        }
        if (request.deliveredOn().isBefore(award.awardedAt().toLocalDate().minusDays(1))) {
            errors.add(new Problem.FieldError("deliveredOn", "must not be before the award"));
        }
        long remaining = award.quantity() - award.deliveredQuantity();
        if (request.quantity() > remaining) {
            errors.add(new Problem.FieldError("quantity", "only " + remaining + " remain to deliver on this award"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "delivery-rules", "The delivery does not fit the award", errors);
        }
        boolean onTime = !request.deliveredOn().isAfter(award.deliveryDeadline());
        UUID id = sql.one("""
                insert into delivery (award_id, quantity, delivered_on, on_time, recorded_by) values (?, ?, ?, ?, ?)
                returning id""", rs -> rs.getObject(1, UUID.class), awardId, request.quantity(), request.deliveredOn(),
                onTime, user.userId()).orElseThrow();
        audit.record(user, "delivery.recorded", "award", awardId, Map.of("delivered", award.deliveredQuantity()),
                Map.of("delivered", award.deliveredQuantity() + request.quantity(), "deliveryId", id, "onTime", onTime));
        DemandStatus status = demand.status();
        long outstanding = sql.count("""
                select count(*) from award a
                where a.demand_id = ? and a.quantity > (select coalesce(sum(quantity), 0) from delivery where award_id = a.id)""",
                demand.id());
        if (outstanding == 0) {
            demands.moveTo(demand.id(), demand.version(), DemandStatus.COMPLETED);
            audit.record(user, "demand.completed", "demand", demand.id(), Map.of("status", status),
                    Map.of("status", DemandStatus.COMPLETED));
            outbox.changed("demand", demand.id(), demand.version() + 1);
            status = DemandStatus.COMPLETED;
        }
        return new DeliveryView(id, awardId, request.quantity(), request.deliveredOn(), onTime,
                award.deliveredQuantity() + request.quantity(), award.quantity(), status);
    }

    @Transactional
    public Optional<AwardView> find(UUID id) {
        return sql.one(SELECT + " where a.id = ?", Awarding::award, id);
    }

    private static final String SELECT = """
            select a.*, o.name as cooperative_name, l.delivery_deadline,
                   (select coalesce(sum(quantity), 0) from delivery where award_id = a.id) as delivered
            from award a join organization o on o.id = a.cooperative_id join lot l on l.id = a.lot_id
            join demand d on d.id = a.demand_id
            """;

    private static AwardView award(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AwardView(Sql.uuid(rs, "id"), Sql.uuid(rs, "demand_id"), Sql.uuid(rs, "lot_id"), Sql.uuid(rs, "bid_id"),
                Sql.uuid(rs, "cooperative_id"), rs.getString("cooperative_name"), rs.getLong("quantity"),
                rs.getLong("unit_price_idr"), rs.getLong("evaluated_price_idr"), rs.getLong("quantity") * rs.getLong("unit_price_idr"),
                Sql.uuid(rs, "award_plan_id"), Sql.uuid(rs, "facility_id"), rs.getObject("week", LocalDate.class),
                Sql.time(rs, "awarded_at"), rs.getLong("delivered"), rs.getObject("delivery_deadline", LocalDate.class));
    }
}
