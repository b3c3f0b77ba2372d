#!/usr/bin/env python3
"""SQL that seeds one class of N students and one assignment of the shipped module, most of them at work.

    bench/gradebook-seed.py --students 2000 [--module content/china-russia-ukraine/module.yaml] > seed.sql

Portable SQL (H2 and PostgreSQL). Creates the teacher `gb-teacher-<tag>` (password `bench-password-1`, stored as
{noop} for the delegating encoder), a class, the module snapshot (the module file's text), an assignment due
yesterday, N students (90 % started, 70 % submitted), their item draws and one latest response per drawn question
(about 80 % answered; single-choice answers as the app stores them; open answers pending). Every row of one run
carries the tag, so runs do not collide. Deterministic (seeded random).
"""
import argparse, random, sys, yaml

p = argparse.ArgumentParser()
p.add_argument("--students", type=int, default=2000)
p.add_argument("--module", default="content/china-russia-ukraine/module.yaml")
p.add_argument("--tag", default="b1")
p.add_argument("--version", type=int, default=None)
p.add_argument("--totals", action="store_true",
               help="also write the attempts' stored totals (V22: points, answered, pending, active_seconds)")
p.add_argument("--base", type=int, default=50000000, help="first id of the seeded rows")
a = p.parse_args()
rnd = random.Random(42)
text = open(a.module, encoding="utf-8").read()
doc = yaml.safe_load(text)
mid, version = doc["id"], a.version or doc["version"]

questions = []  # (id, type, points, answer)
pools = []  # (pool id, draw, [questions])
def q_of(q):
    return (q["id"], q["type"], float(q.get("points", 1)), q.get("answer"), [o["id"] for o in q.get("options", [])])
for s in doc.get("sections", []):
    for q in s.get("questions", []) or []:
        questions.append(q_of(q))
    for pl in s.get("pools", []) or []:
        pools.append((pl["id"], pl.get("draw", 1), [q_of(q) for q in pl["questions"]]))

def lit(s):
    return "'" + s.replace("'", "''") + "'"

out = sys.stdout
T = a.tag
B = a.base
import datetime
T0 = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.timezone.utc)
def at(minutes):
    return "timestamp with time zone '%s'" % (T0 + datetime.timedelta(seconds=int(minutes * 60))).isoformat(sep=" ")
ts = at(0)

def batch(head, rows, size=500):
    for i in range(0, len(rows), size):
        out.write(head + " values\n" + ",\n".join(rows[i:i + size]) + ";\n")

TEACHER, CLASS, ASG = B, B, B
out.write("insert into app_user (id, login_name, display_name, password_hash, roles, enabled, created_at) values "
          "(%d, %s, %s, '{noop}bench-password-1', 'TEACHER', true, %s);\n" % (TEACHER, lit("gb-teacher-" + T), lit("Bench Teacher " + T), ts))
out.write("insert into school_class (id, teacher_id, name, time_zone, join_code, archived, created_at) values "
          "(%d, %d, %s, 'Europe/Berlin', %s, false, %s);\n" % (CLASS, TEACHER, lit("Year 9 " + T), lit(("GB" + T + "XXXXXXXXXXXX")[:12].upper()), ts))
out.write("insert into module_snapshot (module_id, version, yaml_text, created_at) select %s, %d, %s, %s "
          "where not exists (select 1 from module_snapshot where module_id = %s and version = %d);\n"
          % (lit(mid), version, lit(text), ts, lit(mid), version))
out.write("insert into assignment (id, class_id, module_id, module_version, title, opens_at, due_at, attempts_per_question,"
          " feedback_timing, shuffle_options, late_accepted, created_at) values (%d, %d, %s, %d, %s, %s, %s, 3,"
          " 'AFTER_SUBMIT', false, true, %s);\n" % (ASG, CLASS, lit(mid), version, lit("Gradebook bench " + T), ts, at(18 * 24 * 60), ts))

first = ["Anna", "Ben", "Chloé", "Dmytro", "Eva", "Farid", "Greta", "Hugo", "Iryna", "Jonas", "Kateryna", "Liam",
         "Maria", "Noah", "Olena", "Pavlo", "Quinn", "Rosa", "Sofia", "Taras", "Ulla", "Viktor", "Wen", "Yara", "Zoe"]
last = ["Adams", "Bondarenko", "Chen", "Durand", "Evans", "Fischer", "Garcia", "Hoffmann", "Ivanenko", "Jones",
        "Kovalenko", "Lopez", "Müller", "Nowak", "Olsen", "Petrenko", "Rossi", "Schmidt", "Tkachenko", "Weber"]
users, members, attempts, draws_rows, responses = [], [], [], [], []
rid = B
for i in range(a.students):
    uid = B + 1 + i
    name = "%s %s %d" % (rnd.choice(first), rnd.choice(last), i)
    users.append("(%d, %s, %s, '{noop}x', 'STUDENT', true, %s)" % (uid, lit("gb-%s-%05d" % (T, i)), lit(name), ts))
    members.append("(%d, %d, true, %s)" % (CLASS, uid, ts))
    r = rnd.random()
    if r < 0.10:
        continue
    submitted = r < 0.80
    start = rnd.randint(0, 60 * 24 * 10)
    t = start
    drawn = list(questions)
    for pid, n, variants in pools:
        chosen = rnd.sample(variants, min(n, len(variants)))
        draws_rows += ["(%d, %d, %s, %s, %s)" % (ASG, uid, lit(pid), lit(q[0]), at(start)) for q in chosen]
        drawn += chosen
    skill = rnd.random()
    resp = []
    for (qid, qtype, pts, ans, opts) in drawn:
        if rnd.random() > (0.95 if submitted else 0.5):
            continue
        t += rnd.choice([0.5, 1, 2, 3, 4, 30])
        pending = qtype == "open"
        if qtype == "single" and opts:
            pick = ans if rnd.random() < skill else rnd.choice(opts)
            js = '{"optionId":"%s"}' % pick
            frac = 1.0 if pick == ans else 0.0
        else:
            js = "{}"
            frac = 0.0 if pending else (1.0 if rnd.random() < skill else rnd.choice([0.0, 0.5]))
        resp.append((qid, qtype, js, pts * frac, pts, frac, pending, t))
    end = t + 2
    aid = B + 1 + i
    row = "(%d, %d, %d, %s, %s, %s, %s" % (aid, ASG, uid, at(start), at(end) if submitted else "null",
                                          at(t) if resp else "null", at(end) if submitted else "null")
    if a.totals:
        # as AttemptTotals computes them: one response per question here, so each is the latest
        events = sorted([start] + [x[7] for x in resp] + ([end] if submitted else []))
        active = sum(g for g in (events[k] - events[k - 1] for k in range(1, len(events))) if g <= 5) * 60
        row += ", %s, %d, %d, %s" % (sum(min(x[3], x[4]) for x in resp if not x[6]), len(resp),
                                      sum(1 for x in resp if x[6]), repr(float(active)) if resp else "null")
    attempts.append(row + ")")
    for (qid, qtype, js, pts, mx, frac, pending, tt) in resp:
        rid += 1
        responses.append("(%d, %d, %s, 1, 1, %s, %s, %s, %s, %s, %s, %s)" % (rid, aid, lit(qid), lit(qtype), lit(js), pts, mx,
                         frac, "true" if pending else "false", at(tt)))
batch("insert into app_user (id, login_name, display_name, password_hash, roles, enabled, created_at)", users)
batch("insert into class_member (class_id, student_id, created_here, joined_at)", members)
batch("insert into assignment_attempt (id, assignment_id, student_id, started_at, submitted_at, last_answer_at,"
      " first_submitted_at" + (", points, answered, pending, active_seconds" if a.totals else "") + ")", attempts)
batch("insert into assignment_item_draw (assignment_id, student_id, pool_id, question_id, drawn_at)", draws_rows)
batch("insert into assignment_response (id, attempt_id, question_id, seq, try_no, question_type, answer_json, points,"
      " max_points, fraction, pending, created_at)", responses)
