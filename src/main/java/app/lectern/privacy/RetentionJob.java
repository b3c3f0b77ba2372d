package app.lectern.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention limit of anonymous self-study progress every night ({@code lectern.retention.cron}, default
 * 03:30 server time); see {@link PrivacyService#deleteStaleAnonymousLearners()}.
 */
@Configuration
@EnableScheduling
class RetentionJob {

    private final PrivacyService privacy;

    RetentionJob(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Scheduled(cron = "${lectern.retention.cron:0 30 3 * * *}")
    void run() {
        privacy.deleteStaleAnonymousLearners();
    }
}
