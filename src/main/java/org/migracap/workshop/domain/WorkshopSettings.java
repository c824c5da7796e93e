package org.migracap.workshop.domain;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the workshop module.
 * @param scheduleTimeLimit how long CP-SAT may search for a balanced agenda
 * @param solverWorkers CP-SAT search workers (threads)
 * @param secretMinGroup the fewest voters a perspective must have before its results of a secret ballot are shown
 * (fewer could reveal how a person voted)
 * @param dailySlots the time slots created for each day of a new workshop, as {@code HH:mm-HH:mm}
 */
@ConfigurationProperties(prefix = "migracap.workshop")
@Validated
public record WorkshopSettings(@DefaultValue("5s") Duration scheduleTimeLimit, @DefaultValue("2") @Min(1) int solverWorkers,
		@DefaultValue("3") @Min(1) int secretMinGroup,
		@DefaultValue({ "09:00-10:30", "11:00-12:30", "14:00-15:30", "16:00-17:30" }) List<String> dailySlots) {
}
