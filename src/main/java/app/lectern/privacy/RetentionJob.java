package app.lectern.privacy;

import app.lectern.config.LecternProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the retention limit of anonymous self-study progress every night ({@code lectern.retention.cron}, default
 * 03:30 server time); see {@link PrivacyService#deleteStaleAnonymousLearners()}.
 */
@Configuration
@EnableScheduling
class RetentionJob implements SchedulingConfigurer {

    private final PrivacyService privacy;
    private final String cron;

    RetentionJob(PrivacyService privacy, LecternProperties properties) {
        this.privacy = privacy;
        this.cron = properties.retention().cron();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        // "-" switches the job off, as it would in @Scheduled
        tasks.addCronTask(privacy::deleteStaleAnonymousLearners, cron);
    }
}
