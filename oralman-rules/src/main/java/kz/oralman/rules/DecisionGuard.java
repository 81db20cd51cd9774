package kz.oralman.rules;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the firing of one decision under its {@link DecisionLimits}: a watchdog that halts the session
 * at the deadline (the firing runs on a daemon worker thread, so the caller gets its answer at the
 * deadline even when a rule does not reach the next firing), the firing limit, and a budget on the
 * size of the facts the rules derive. A broken limit, a rule that throws and running out of memory
 * become a {@link DecisionLimitException} naming the version and the case.
 */
final class DecisionGuard {
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;
    private static final long GRACE_MILLIS = 200;
    private static final Set<KieSession> ABANDONED_SESSIONS = ConcurrentHashMap.newKeySet();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "oralman-decision");
        t.setDaemon(true);
        return t;
    });

    private DecisionGuard() {
    }

    /**
     * Fires the rules of a session whose facts are inserted.
     *
     * @param session the session
     * @param limits the limits
     * @param what the decision, for messages: the version and the case
     * @return the number of firings
     * @throws DecisionLimitException if a limit is broken (only when the limits are external, a rule
     *     that throws is reported this way too)
     */
    static int fire(KieSession session, DecisionLimits limits, String what) {
        boolean external = limits.hasDeadline();
        if (limits.maxFactChars() < Integer.MAX_VALUE || limits.maxDerivedChars() < Long.MAX_VALUE) {
            session.addEventListener(new Budget(limits, what));
        }
        int fired;
        if (!external) {
            try {
                fired = session.fireAllRules(limits.maxFirings());
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw translate(e, what, false);
            }
        } else {
            fired = fireWithDeadline(session, limits, what);
        }
        if (fired >= limits.maxFirings()) {
            String message = "the rules of " + what + " fired " + fired + " times and were stopped\nMaybe a rule "
                    + "re-activates itself";
            if (external) {
                throw new DecisionLimitException(message);
            }
            throw new IllegalStateException(message);
        }
        return fired;
    }

    private static int fireWithDeadline(KieSession session, DecisionLimits limits, String what) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<Integer> future = WORKERS.submit(() -> {
            try {
                return session.fireAllRules(limits.maxFirings());
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) {
                    ABANDONED_SESSIONS.remove(session);
                    session.dispose();
                }
            }
        });
        try {
            return future.get(limits.deadline().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(session, future, state);
            throw new DecisionLimitException("the rules of " + what + " ran past the deadline of "
                    + limits.deadline().toMillis() + " ms and were stopped\nMaybe a rule joins too many facts; "
                    + "the deadline is set with DecisionLimits");
        } catch (InterruptedException e) {
            stop(session, future, state);
            Thread.currentThread().interrupt();
            throw new DecisionLimitException("the decision under " + what + " was interrupted");
        } catch (ExecutionException e) {
            throw translate(e.getCause(), what, true);
        }
    }

    private static void stop(KieSession session, Future<Integer> future, AtomicInteger state) {
        session.halt();
        try {
            future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // still running, or ended with an error after the halt: either way it is over for the caller
        }
        ABANDONED_SESSIONS.add(session);
        if (state.compareAndSet(RUNNING, ABANDONED)) {
            future.cancel(true);
        } else {
            ABANDONED_SESSIONS.remove(session);
        }
    }

    /**
     * Disposes of a session, unless a worker that overran its deadline still uses it (the worker then
     * disposes of it when it ends).
     */
    static void release(KieSession session) {
        if (!ABANDONED_SESSIONS.contains(session)) {
            session.dispose();
        }
    }

    private static RuntimeException translate(Throwable t, String what, boolean external) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DecisionLimitException d) {
                return d;
            }
            if (c instanceof OutOfMemoryError) {
                return new DecisionLimitException("the rules of " + what + " ran out of memory and were stopped");
            }
            if (c instanceof StackOverflowError) {
                return new DecisionLimitException("the rules of " + what + " nested too deeply and were stopped");
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (external) {
            String rule = t instanceof ConsequenceException ce && ce.getRule() != null ? "rule " + ce.getRule().getName()
                    + " of " : "the rules of ";
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new DecisionLimitException(rule + what + " failed: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("")));
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** Counts the size of the facts the rules derive, and stops the decision when they grow too large. */
    private static final class Budget extends DefaultRuleRuntimeEventListener {
        private final DecisionLimits limits;
        private final String what;
        private final AtomicLong total = new AtomicLong();

        Budget(DecisionLimits limits, String what) {
            this.limits = limits;
            this.what = what;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            long size = size(event.getObject(), 0, limits.maxFactChars() + 1L);
            if (size > limits.maxFactChars()) {
                throw new DecisionLimitException("a rule of " + what + (event.getRule() == null ? ""
                        : " (" + event.getRule().getName() + ")") + " derived a fact larger than "
                        + limits.maxFactChars() + " characters and was stopped");
            }
            if (total.addAndGet(size) > limits.maxDerivedChars()) {
                throw new DecisionLimitException("the rules of " + what + " derived more than "
                        + limits.maxDerivedChars() + " characters of facts and were stopped");
            }
        }

        /** Characters of strings plus elements of collections, up to {@code cap}. */
        private static long size(Object o, int depth, long cap) {
            if (o == null) {
                return 1;
            }
            if (o instanceof CharSequence s) {
                return s.length();
            }
            if (depth > 4) {
                return 1;
            }
            long n = 1;
            if (o instanceof Collection<?> c) {
                for (Object e : c) {
                    n += size(e, depth + 1, cap - n);
                    if (n > cap) {
                        return n;
                    }
                }
            } else if (o instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    n += size(e.getKey(), depth + 1, cap - n) + size(e.getValue(), depth + 1, cap - n);
                    if (n > cap) {
                        return n;
                    }
                }
            } else if (o.getClass().isRecord() && o.getClass().getPackageName().startsWith("kz.oralman.")) {
                for (RecordComponent rc : o.getClass().getRecordComponents()) {
                    try {
                        n += size(rc.getAccessor().invoke(o), depth + 1, cap - n);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        n += 1;
                    }
                    if (n > cap) {
                        return n;
                    }
                }
            }
            return n;
        }
    }
}
