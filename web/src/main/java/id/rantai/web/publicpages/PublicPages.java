package id.rantai.web.publicpages;

import id.rantai.api.award.DeliveryRecords;
import id.rantai.api.catalogue.FacilityCapacity;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.catalogue.OrganizationProfile;
import id.rantai.api.catalogue.OrganizationProfiles;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import id.rantai.web.layout.Provinces;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What anyone may read without logging in: a published demand (never who bid or how many), a cooperative's public
 * profile (capabilities, certifications held, delivery record) and a shared facility with its booked and free hours.
 */
@Controller
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicPages {

    private static final int FACILITY_WEEKS = 12;

    private final Tendering tendering;
    private final OrganizationProfiles profiles;
    private final DeliveryRecords deliveries;
    private final FacilityRegistry facilities;
    private final Provinces provinces;

    PublicPages(Tendering tendering, OrganizationProfiles profiles, DeliveryRecords deliveries, FacilityRegistry facilities,
                Provinces provinces) {
        this.tendering = tendering;
        this.profiles = profiles;
        this.deliveries = deliveries;
        this.facilities = facilities;
        this.provinces = provinces;
    }

    @Get("/demands/{id}")
    ModelAndView<Map<String, Object>> demand(@PathVariable UUID id) {
        DemandView demand = tendering.readPublished(id);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("provinceNames", provinces.names());
        return new ModelAndView<>("public/demand", model);
    }

    @Get("/cooperatives/{id}")
    ModelAndView<Map<String, Object>> cooperative(@PathVariable UUID id) {
        OrganizationProfile profile = profiles.profile(id);
        Map<String, Object> model = new HashMap<>();
        model.put("org", profile);
        if ("COOPERATIVE".equals(profile.type())) {
            model.put("record", deliveries.of(id));
        }
        return new ModelAndView<>("public/cooperative", model);
    }

    @Get("/facilities/{id}")
    ModelAndView<Map<String, Object>> facility(@PathVariable UUID id) {
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        FacilityCapacity capacity = facilities.capacity(id, Optional.of(monday), Optional.of(monday.plus(FACILITY_WEEKS, ChronoUnit.WEEKS)));
        Map<String, Object> model = new HashMap<>();
        model.put("facility", facilities.read(id));
        model.put("capacity", capacity);
        model.put("provinceNames", provinces.names());
        return new ModelAndView<>("public/facility", model);
    }
}
