"""The `warta` command line. Errors are one line on stderr naming the input; never a traceback."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

from tqdm import tqdm

from . import __version__
from .console import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from .console import say as _say
from .errors import InputError, ModelMissing
from .events.export import csv_text, event_rows
from .pipeline import DEFAULT_PIPELINE, Pipeline, analyze
from .reader.decode import DEFAULT_MAX_BYTES
from .reader.sources import Item, expand, is_jsonl, iter_items


class Output:
    """Documents to stdout, or to a file that appears whole (written aside, renamed at the end) or not at all."""

    def __init__(self, path: str | None, fmt: str):
        self.path, self.fmt, self.count, self._held = path, fmt, 0, []
        if path:
            folder = os.path.dirname(os.path.abspath(path))
            fd, self._tmp = tempfile.mkstemp(prefix=".warta-", suffix=".part", dir=folder)
            self.stream = os.fdopen(fd, "w", encoding="utf-8")
        else:
            self.stream = sys.stdout

    def write(self, doc: dict) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif self.fmt == "events":
            for row in event_rows(doc):
                self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "events-csv":
            self.stream.write(csv_text(event_rows(doc), header=self.count == 1))
        else:
            self._held.append(doc)
            return
        self.stream.flush()

    def close(self, keep: bool) -> None:
        if keep and self.fmt == "json":
            value = self._held[0] if len(self._held) == 1 else self._held
            self.stream.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        if not self.path:
            self.stream.flush()
            return
        self.stream.close()
        if keep:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)


def cmd_analyze(args) -> int:
    names = args.components.split(",") if args.components else list(DEFAULT_PIPELINE)
    if args.format.startswith("events") and "events" not in names:
        names.append("events")  # the event exports need the events layer
    try:
        pipeline = Pipeline(names)
    except ValueError as e:
        _say(str(e))
        return EXIT_USAGE
    try:
        pipeline.load()
    except InputError as e:
        _say(str(e))
        return EXIT_USAGE
    except ModelMissing as e:
        _say(str(e))
        return EXIT_FAILED
    targets = expand(args.inputs)
    if not targets:
        _say(f"no articles found in {', '.join(args.inputs)}")
        return EXIT_FAILED
    streams = [t for t in targets if t == "-" or is_jsonl(t)]  # article counts unknown in advance
    batch = len(targets) > 1 or bool(streams) or any(Path(p).is_dir() for p in args.inputs if p != "-")
    fmt = args.format
    if fmt == "auto":
        fmt = "jsonl" if batch or (args.output or "").endswith((".jsonl", ".ndjson")) else "json"
    defaults = {k: v for k, v in (("url", args.url), ("outlet", args.outlet), ("published", args.published)) if v}
    try:
        out = Output(args.output, fmt)
    except OSError as e:
        _say(f"{args.output}: cannot write the output ({e.strerror})")
        return EXIT_FAILED
    failed = 0
    bar = tqdm(
        total=None if streams else len(targets), unit="article", file=sys.stderr,
        disable=args.quiet or not batch, dynamic_ncols=True,
    )
    try:
        for target in targets:
            for item in iter_items(target, args.max_bytes):
                doc = _analyze_item(item, defaults, pipeline)
                if isinstance(doc, InputError):
                    failed += 1
                    _say(str(doc))
                else:
                    out.write(doc)
                bar.update(1)
                bar.set_postfix(errors=failed, refresh=False)
    except BaseException:
        out.close(keep=False)
        raise
    finally:
        bar.close()
    out.close(keep=out.count > 0)
    if batch and not args.quiet:
        where = f", written to {args.output}" if args.output and out.count else ""
        _say(f"{out.count} article(s) analysed, {failed} skipped{where}")
    if out.count == 0:
        return EXIT_FAILED
    return EXIT_PARTIAL if failed else EXIT_OK


def _analyze_item(item: Item | InputError, defaults: dict, pipeline: Pipeline) -> dict | InputError:
    if isinstance(item, InputError):
        return item
    meta = {**defaults, **item.meta}
    try:
        doc = analyze(item.content, source=item.name, html=item.html, pipeline=pipeline, **meta)
    except InputError as e:
        return e.at(item.name)
    except Exception as e:  # one bad article must not lose the others
        if os.environ.get("WARTA_DEBUG"):
            raise
        return InputError(f"internal error ({e.__class__.__name__}: {e}); please report it", item.name)
    for warning in doc.warnings:
        _say(f"{item.name}: warning: {warning}")
    return doc.to_dict()


def cmd_schema(args) -> int:
    sys.stdout.write(resources.files("warta.data").joinpath("schema/warta-1.schema.json").read_text(encoding="utf-8"))
    return EXIT_OK


UD, DATA = "../shared/data/ud-indonesian", "../shared/data"
UD_HELP = "the UD Indonesian treebanks live in ../shared/data/ud-indonesian"
# what → (module, evaluate function, report function, default data folder, where that data lives)
EVALUATIONS = {
    "segment": ("segment.evaluate", "evaluate_sentences", "format_report", UD, UD_HELP),
    "syntax": ("syntax.evaluate", "evaluate_syntax", "format_report", UD, UD_HELP),
    "ner": ("entities.evaluate", "evaluate_ner", "format_report", DATA,
            "the NER sets and IndoSum live in ../shared/data"),
    "link": ("entities.evaluate", "evaluate_link", "format_link_report", DATA,
             "IndoSum and its tools live in ../shared"),
    "times": ("times.evaluate", "evaluate_times", "format_report", DATA,
              "IndoSum, its tools and NER-UGM live in ../shared"),
    "quotes": ("quotes.evaluate", "evaluate_quotes", "format_report", DATA,
               "IndoSum, its tools and PFSA-ID live in ../shared"),
    "events": ("events.evaluate", "evaluate_events", "format_report", DATA, "IndoSum and its tools live in ../shared"),
}


def _data_folder(args) -> Path | None:
    *_, default, where = EVALUATIONS[args.what]
    data = Path(args.data or default)
    if not data.is_dir():
        _say(f"{data}: no such folder ({where})")
        return None
    return data


def cmd_eval(args) -> int:
    data = _data_folder(args)
    if data is None:
        return EXIT_FAILED
    module, evaluate, report, *_ = EVALUATIONS[args.what]
    loaded = importlib.import_module(f"{__package__}.{module}")
    try:
        print(getattr(loaded, report)(getattr(loaded, evaluate)(data)))
    except FileNotFoundError as e:
        _say(f"cannot evaluate: {e}")
        return EXIT_FAILED
    return EXIT_OK


def cmd_train(args) -> int:
    data = _data_folder(args)
    if data is None:
        return EXIT_FAILED
    if args.what == "syntax":
        from .syntax.train import MODEL_DIR
        from .syntax.train import train_syntax as train
    elif args.what == "events":
        from .events.train import MODEL_DIR
        from .events.train import train_events as train
    else:
        from .entities.train import MODEL_DIR
        from .entities.train import train_ner as train
    try:
        output = train(data, Path(args.output) if args.output else MODEL_DIR, seed=args.seed)
    except ImportError as e:
        _say(f"training needs packages that are not installed ({e.name}): pip install -e '.[train]'")
        return EXIT_FAILED
    except FileNotFoundError as e:
        _say(f"cannot train: {e}")
        return EXIT_FAILED
    _say(f"{args.what} model written to {output}")
    return EXIT_OK


def cmd_kb(args) -> int:
    from .kb import load_kb

    kb = load_kb()
    found = False
    for name in args.names:
        for entry in kb.lookup(name):
            found = True
            print(json.dumps({"query": name, **entry}, ensure_ascii=False))
    if not found:
        _say("no knowledge-base entry has " + (" or ".join(repr(n) for n in args.names)) + " as its name or alias")
    return EXIT_OK if found else EXIT_FAILED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta", description="Indonesian online news to structured, checkable knowledge.")
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse articles (text, HTML, JSONL, folders, - for stdin) into warta/1 JSON")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, JSONL (.jsonl, .jsonl.gz) or - for stdin")
    p.add_argument("-o", "--output", help="write here instead of stdout (the file appears only when complete)")
    p.add_argument("--format", choices=["auto", "json", "jsonl", "events", "events-csv"], default="auto",
                   help="json: one indented document; jsonl: one per line (default: jsonl for batches); "
                        "events: one event per line as JSON; events-csv: one event per row, GDELT-style columns")
    p.add_argument("--components", help=f"comma-separated pipeline (default: {','.join(DEFAULT_PIPELINE)})")
    p.add_argument("--url", help="the article's URL")
    p.add_argument("--outlet", help="the outlet's name (overrides what the text says)")
    p.add_argument("--published", help="publication time, if the text lacks it")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest article accepted (default 10 MB)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("schema", help="print the JSON Schema of the output")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("kb", help="look names up in the knowledge base (with your $WARTA_KB files)")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.set_defaults(func=cmd_kb)

    p = sub.add_parser("eval", help="measure a component on held-out data")
    p.add_argument("what", choices=list(EVALUATIONS),
                   help="segment: sentence boundaries; syntax: UPOS, features, lemma, UAS, LAS (UD test files); "
                        "ner: P/R/F1 per label on the NER test splits; link: entity linking on hand-checked "
                        "IndoSum articles; times: time expression spans and values (with dateparser's, if "
                        "installed); quotes: quote spans and speakers (IndoSum, PFSA-ID); events: type, actors, "
                        "modality (IndoSum)")
    p.add_argument("--data", help="data folder (default: ../shared/data/ud-indonesian; ../shared/data for ner, "
                                  "link, times, quotes and events)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("train", help="rebuild a shipped model from the data sets")
    p.add_argument("what", choices=["syntax", "ner", "events"],
                   help="syntax: tagger, lemmatizer and parser from UD Indonesian; ner: the CRF name tagger; "
                        "events: the actor model from warta's annotated IndoSum articles")
    p.add_argument("--data", help="data folder (default: ../shared/data/ud-indonesian; ../shared/data for ner)")
    p.add_argument("--output", help="where to write the model (default: the packaged model folder)")
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_train)

    from .corpus.cli import add_commands
    add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # `warta analyze ... | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as e:
        if os.environ.get("WARTA_DEBUG"):
            raise
        _say(f"internal error ({e.__class__.__name__}: {e}); run with WARTA_DEBUG=1 for details")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
