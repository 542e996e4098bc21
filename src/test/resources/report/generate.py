"""Writes the fixture class: 32 students' answers to class-deck.yaml, graded by retain exam.

Run from the repository root after packaging: python3 src/test/resources/report/generate.py
Deterministic (seeded); kept beside the fixture so it can be regenerated, not run by the build.
"""
import json, os, random, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(17)
answers_dir = "/tmp/i17-class-answers"
os.makedirs(answers_dir, exist_ok=True)
for n in range(1, 33):
    ability = n / 33  # student 32 is the strongest
    def knows(difficulty):
        return rng.random() < ability + 0.5 - difficulty
    answers = {
        "capital-france": "Paris",  # everyone right: discrimination undefined
        # wrong key (Sydney): strong students answer Canberra and are marked wrong
        "capital-australia": "Canberra" if knows(0.4) else rng.choice(["Sydney", "Melbourne"]),
        "capital-canada": "Ottawa" if knows(0.5) else rng.choice(["Toronto", "Vancouver"]),
        "capital-italy": "Rome" if knows(0.2) else "Milan",
        "longest-river": "Nile" if knows(0.6) else rng.choice(["Amazon", "Yangtze"]),
        "danube-countries": ["Austria", "Hungary", "Serbia"] if knows(0.6)
            else ["Austria", "Hungary"] if knows(0.3) else ["Austria", "Poland"],
        "rhine-mouth": "true" if knows(0.3) else "false",
    }
    if n % 4 != 0:  # every fourth student leaves thames-city unanswered
        answers["thames-city"] = "London" if knows(0.4) else "Paris"
    lines = [f"deck: class-quiz", f"student: Student {n:02d}", "answers:"]
    for item, answer in answers.items():
        lines.append(f"  {item}: {json.dumps(answer)}")
    path = os.path.join(answers_dir, f"student-{n:02d}.yaml")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    report = subprocess.run(
        ["java", "-jar", "target/retain.jar", "exam", os.path.join(HERE, "class-deck.yaml"),
         "--answers", path, "--format", "json", "--no-record"],
        capture_output=True, text=True, check=True).stdout
    with open(os.path.join(HERE, "class", f"student-{n:02d}.json"), "w") as f:
        f.write(report)
