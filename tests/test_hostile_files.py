"""Hostile files are refused in bounded memory: zip bombs whose headers tell the truth or lie,
an XML entity bomb, a PDF stream bomb. Each is read in a process of its own, whose peak
memory `resource` reports."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

CAP_MB = 300
UNPACKED = 400 * 1024 * 1024  # what each bomb really inflates to
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)

_MEASURE = """
import json, resource, sys
from kztracker.logs import setup_logging
setup_logging()
from kztracker.importing.errors import ImportInputError
from kztracker.importing.read import read_file
try:
    read_file(sys.argv[1])
    outcome = "read"
except ImportInputError as exc:
    outcome = str(exc)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    # Linux folds the parent's peak into ru_maxrss when a large parent (a long pytest run)
    # spawns this process; VmHWM is this process's own address space's peak.
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
except (OSError, StopIteration):
    pass
print(json.dumps({"outcome": outcome, "peak_mb": peak}))
"""


def _measure(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "KZTRACKER_LOG_DIR": str(path.parent / "log")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    measured: dict[str, object] = json.loads(result.stdout)
    return measured


def _docx(path: Path, write_document: Callable[[io.BufferedIOBase], None]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        with archive.open("word/document.xml", "w") as part:
            write_document(part)  # type: ignore[arg-type]


def _spaces(part: io.BufferedIOBase) -> None:
    part.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode())
    chunk = b" " * (1024 * 1024)
    for _ in range(UNPACKED // len(chunk)):
        part.write(chunk)
    part.write(b"</w:body></w:document>")


def _lie_about_size(path: Path, member: str, size: int) -> None:
    """Rewrite both headers of `member` to claim it unpacks to `size` bytes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    struct.pack_into("<L", data, offset + 22, size)
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name:
            struct.pack_into("<L", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def _assert_refused_in_bounds(path: Path, expected: str) -> None:
    measured = _measure(path)
    assert measured["outcome"] == expected
    assert isinstance(measured["peak_mb"], float) and measured["peak_mb"] < CAP_MB, measured


def test_a_docx_whose_headers_lie_about_sizes_is_refused_early(tmp_path: Path) -> None:
    path = tmp_path / "liar.docx"
    _docx(path, _spaces)
    _lie_about_size(path, "word/document.xml", 1000)
    _assert_refused_in_bounds(
        path, "liar.docx unpacks to far more data than a document holds (a zip bomb?); refused"
    )


def test_a_docx_stating_its_huge_size_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "honest.docx"
    _docx(path, _spaces)
    _assert_refused_in_bounds(
        path, "honest.docx unpacks to far more data than a document holds (a zip bomb?); refused"
    )


def test_a_docx_with_an_entity_bomb_stays_in_bounds(tmp_path: Path) -> None:
    # Each entity ten of the one before: &e9; stands for 10^9 laughs.
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))

    def laughs(part: io.BufferedIOBase) -> None:
        part.write(
            f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e0 "ha">{entities}]>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p>'
            "</w:body></w:document>".encode()
        )

    path = tmp_path / "laughs.docx"
    _docx(path, laughs)
    measured = _measure(path)
    assert isinstance(measured["peak_mb"], float) and measured["peak_mb"] < CAP_MB, measured
    assert measured["outcome"] in (
        "laughs.docx has no readable text; there is nothing to import",
        "laughs.docx is a damaged DOCX file; open and save it again",
    )


def _pdf(path: Path, content: bytes) -> None:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


def test_a_pdf_stream_bomb_stays_in_bounds(tmp_path: Path) -> None:
    packer = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    content = b"".join(packer.compress(chunk) for _ in range(UNPACKED // len(chunk)))
    content += packer.flush()
    path = tmp_path / "bomb.pdf"
    _pdf(path, content)
    measured = _measure(path)
    assert isinstance(measured["peak_mb"], float) and measured["peak_mb"] < CAP_MB, measured
    assert isinstance(measured["outcome"], str) and measured["outcome"].startswith("bomb.pdf ")


@pytest.mark.parametrize("name", ["garbage.pdf", "garbage.docx"])
def test_garbage_in_a_known_format_is_one_clear_refusal(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    measured = _measure(path)
    assert isinstance(measured["outcome"], str)
    assert measured["outcome"].startswith(name + " ") and "\n" not in measured["outcome"]
