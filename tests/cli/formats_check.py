#!/usr/bin/python3
"""The proviso command's machine-readable outputs, read back by the readers their users have.

- `check --format sarif` is valid against the official SARIF 2.1.0 schema (tests/schemas) and
  its regions point at the flagged words, columns counted in code points;
- `report --format html` parses as balanced HTML whose table holds the same cells as the JSON;
- `report --format csv` parses with Python's csv module into the same cells, CRLF line ends;
- a format that does not match the output file is refused.

Run by ctest (cli_output_formats): formats_check.py PROVISO_EXE SCHEMA. No office needed.
"""
import csv
import html.parser
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:  # packaging/install-deps.sh installs python3-jsonschema
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)

PROVISO, SCHEMA = sys.argv[1], sys.argv[2]
FAILURES = []

# Quotes, ampersands, angle brackets and commas in the flagged paragraphs, an emoji before the
# flagged words (one code point, two UTF-16 units), French and English provisions.
TEXT = (
    "Article 3\n"
    "🙂 Quiconque répand de fausses nouvelles, « sans droit » & <en ligne>, est puni.\n"
    "\n"
    "Article 4\n"
    'The Minister may order the interception of communications, "at will", & <without> more.\n'
)


def check(condition, what):
    if not condition:
        FAILURES.append(what)


def run(*args):
    return subprocess.run([PROVISO, *args], capture_output=True, check=False)


class StrictTableParser(html.parser.HTMLParser):
    """Balanced tags (void elements aside), the lang attribute and the table's cells."""

    VOID = {"meta", "br", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.lang, self.head, self.rows = [], None, [], []
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in self.VOID:
            if tag == "br" and self.cell is not None:
                self.cell.append("\n")
            return
        self.stack.append(tag)
        if tag == "tr" and "tbody" in self.stack:
            self.rows.append([])
        if tag in ("th", "td"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            raise ValueError(f"unbalanced </{tag}> with {self.stack}")
        self.stack.pop()
        if tag in ("th", "td"):
            text = "".join(self.cell)
            (self.head if tag == "th" else self.rows[-1]).append(text)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def json_cells(table):
    """The rows of the JSON table as the cells HTML and CSV show."""
    keys = [c["key"] for c in table["columns"]]
    rows = []
    for row in table["rows"]:
        cells = []
        for key in keys:
            value = row[key]
            cells.append("\n".join(value) if isinstance(value, list) else str(value))
        rows.append(cells)
    return rows


def main():
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "bill draft.txt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(TEXT)
        lines = TEXT.split("\n")

        # SARIF 2.1.0
        result = run("check", "--format", "sarif", source)
        check(result.returncode == 1, f"check --format sarif: exit {result.returncode}")
        sarif = json.loads(result.stdout)
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(sarif)]
        check(not errors, f"SARIF not valid against the 2.1.0 schema: {errors[:3]}")
        run0 = sarif["runs"][0]
        check(sarif["version"] == "2.1.0", "SARIF version")
        check(run0["columnKind"] == "unicodeCodePoints", "columnKind")
        rules = run0["tool"]["driver"]["rules"]
        check(run0["tool"]["driver"]["name"] == "Proviso", "driver name")
        check(len(run0["results"]) >= 2, f"results: {run0['results']}")
        for r in run0["results"]:
            check(rules[r["ruleIndex"]]["id"] == r["ruleId"], f"ruleIndex of {r['ruleId']}")
            check(r["level"] in ("error", "warning", "note"), f"level {r['level']}")
            location = r["locations"][0]["physicalLocation"]
            check(location["artifactLocation"]["uri"].endswith("bill%20draft.txt"),
                  f"uri {location['artifactLocation']['uri']}")
            region = location["region"]
            line = lines[region["startLine"] - 1]
            words = line[region["startColumn"] - 1:region["endColumn"] - 1]  # code points
            check(words == region["snippet"]["text"],
                  f"region {region} gives {words!r}, not the snippet")
        flagged = {r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
                   for r in run0["results"]}
        check("fausses nouvelles" in flagged, f"fausses nouvelles not flagged: {flagged}")
        check("interception of communications" in flagged, f"interception: {flagged}")

        # The table as JSON, the reference for the two others.
        result = run("report", source, "--format", "json")
        check(result.returncode == 1, f"report --format json: exit {result.returncode}")
        table = json.loads(result.stdout)
        expected = json_cells(table)
        check(len(table["columns"]) == 8, "eight columns")
        check(len(expected) >= 2, f"rows: {expected}")

        # HTML, to a file named by its extension.
        page = os.path.join(folder, "annex.html")
        result = run("report", source, "-o", page)
        check(result.returncode == 1, f"report -o annex.html: exit {result.returncode}")
        parser = StrictTableParser()
        with open(page, encoding="utf-8") as f:
            parser.feed(f.read())
        parser.close()
        check(not parser.stack, f"unclosed tags {parser.stack}")
        check(parser.lang == table["language"], f"lang {parser.lang}")
        check(parser.head == [c["title"] for c in table["columns"]], f"head {parser.head}")
        check(parser.rows == expected, f"HTML rows {parser.rows} != {expected}")

        # CSV on standard output.
        result = run("report", source, "--format", "csv", "-o", "-")
        check(result.returncode == 1, f"report --format csv: exit {result.returncode}")
        text = result.stdout.decode("utf-8")
        check(text.endswith("\r\n") and "\r\n" in text.split("\n", 1)[0] + "\n", "CRLF")
        records = list(csv.reader(io.StringIO(text, newline="")))
        check(records[0] == [c["title"] for c in table["columns"]], f"CSV header {records[0]}")
        check(records[1:] == expected, f"CSV rows {records[1:]} != {expected}")

        # Mismatches and unknown formats are refused, naming the problem.
        result = run("report", source, "--format", "csv", "-o", os.path.join(folder, "x.odt"))
        check(result.returncode == 2 and b"does not match" in result.stderr,
              f"csv to .odt: {result.returncode} {result.stderr!r}")
        result = run("report", source, "--format", "pdf")
        check(result.returncode == 2, f"--format pdf: {result.returncode}")
        result = run("report", source, "-o", os.path.join(folder, "x.pdf"))
        check(result.returncode == 2 and b"cannot tell the format" in result.stderr,
              f"x.pdf: {result.stderr!r}")
        check(not os.path.exists(os.path.join(folder, "x.odt")), "nothing written on refusal")

    for failure in FAILURES:
        print("FAIL:", failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
