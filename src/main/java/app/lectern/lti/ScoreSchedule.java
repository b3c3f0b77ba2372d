package app.lectern.lti;

import app.lectern.config.LecternProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link ScoreSender} every {@code lectern.lti-sync.interval} (default 30 s) after the previous run ended;
 * every node runs it, and the claims keep them from sending a row twice.
 */
@Configuration
@EnableScheduling
class ScoreSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreSchedule.class);

    private final ScoreSender sender;
    private final Duration interval;

    ScoreSchedule(ScoreSender sender, LecternProperties properties) {
        this.sender = sender;
        this.interval = properties.ltiSync().interval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (interval == null || interval.isZero() || interval.isNegative()) {
            return;
        }
        tasks.addFixedDelayTask(this::run, interval);
    }

    private void run() {
        try {
            ScoreSender.Run run = sender.sendDue();
            if (run.sent() + run.failed() + run.lineItemsCreated() > 0) {
                LOG.info(
                        "LTI grades: {} scores sent, {} failed (retried later), {} line items created",
                        run.sent(),
                        run.failed(),
                        run.lineItemsCreated());
            }
        } catch (RuntimeException e) {
            // the next run tries again; a database that is down must not stop the schedule
            LOG.warn("LTI grades: the sender run failed", e);
        }
    }
}
