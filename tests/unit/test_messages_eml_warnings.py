"""A malformed message is read as far as it goes, and says what was replaced: never a silent garble."""

from __future__ import annotations

from datetime import date

from composer.messages.extract import extract

TODAY = date(2026, 12, 7)
HEAD = b"From: Ana Neri <ana@example.it>\r\nTo: Tom Berg <tom@example.it>\r\nSubject: Riunione\r\nDate: Mon, 7 Dec 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"


def test_a_clean_eml_has_no_warning():
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\nCiao Tom,\r\npossiamo vederci luned\xc3\xac 14 dicembre alle 10?\r\nAna\r\n"
    found = extract(raw, today=TODAY)
    assert found.warnings == []
    assert found.meeting_time == "lunedì 14 dicembre alle 10"


def test_bytes_invalid_in_the_declared_charset_are_reported():
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\nCiao Tom,\r\npossiamo vederci luned\xec 14 dicembre alle 10?\r\nAna\r\n"
    found = extract(raw, today=TODAY)
    assert len(found.warnings) == 1
    assert "not valid utf-8" in found.warnings[0] and "replaced" in found.warnings[0]


def test_an_unknown_charset_is_read_as_utf8_and_said():
    raw = HEAD + b"Content-Type: text/plain; charset=x-made-up\r\n\r\nCiao Tom, possiamo vederci luned\xc3\xac 14 dicembre alle 10?\r\nAna\r\n"
    found = extract(raw, today=TODAY)
    assert any("unknown charset (x-made-up)" in w for w in found.warnings)
    assert found.meeting_time == "lunedì 14 dicembre alle 10"


def test_a_broken_multipart_is_read_as_text_and_said():
    raw = (HEAD + b'Content-Type: multipart/mixed; boundary="aa"\r\n\r\n--bb\r\nContent-Type: text/plain\r\n\r\n'
           b"Ciao Tom, possiamo vederci luned\xc3\xac 14 dicembre alle 10?\r\n--bb--\r\n")
    found = extract(raw, today=TODAY)
    assert any("MIME structure is broken" in w for w in found.warnings)
    assert any("read as plain text" in w for w in found.warnings)
    assert found.meeting_time == "lunedì 14 dicembre alle 10"


def test_pasted_bytes_that_are_not_utf8_are_reported():
    found = extract(b"Hi Tom,\ncan we meet on Tuesday 8 December at 10?\xff\nAna", today=TODAY)
    assert found.warnings and "not valid UTF-8" in found.warnings[0]
    assert extract(b"Hi Tom,\ncan we meet on Tuesday 8 December at 10?\nAna", today=TODAY).warnings == []
