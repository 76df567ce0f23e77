"""Codec registry and stream wrappers (tote's own implementation).

The codecs themselves, lookup(), encode()/decode(), the get*coder functions, CodecInfo and
the BOM constants come from the native _codecs module. This file adds what wraps a byte
stream: StreamReader, StreamWriter, StreamReaderWriter, getreader()/getwriter(), open(),
and iterencode()/iterdecode() over the incremental coders. lookup() is wrapped so that each
CodecInfo also names its codec's StreamReader and StreamWriter classes, made once per codec
and named as CPython's are (encodings.utf_8.StreamReader)."""

import builtins as _builtins
from _codecs import *
from _codecs import lookup as _native_lookup

__all__ = ["lookup", "open", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "StreamReader",
           "StreamWriter", "StreamReaderWriter", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode"]


class Codec:
    """The stateless encode/decode pair a codec's stream classes build on."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class _StreamBase(Codec):
    """What every stream wrapper shares: it stands for its stream (attribute access and
    the with statement reach the stream) and cannot be pickled."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.stream.close()

    def __reduce_ex__(self, protocol):
        raise TypeError("can't serialize %s" % type(self).__name__)


class StreamWriter(_StreamBase):
    """Writes text to a byte stream, encoding each write with self.encode."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()


class StreamReader(_StreamBase):
    """Reads text from a byte stream. self.decode decodes as much of its input as forms
    whole characters and says how much that was; the bytes after it wait for the next read,
    and decoded characters not yet returned wait in self.charbuffer."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.reset()

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def _decode_more(self, size, firstline=False):
        """Reads one chunk of the stream (all of it when size < 0) and decodes it onto the
        character buffer; False once the stream is exhausted."""
        chunk = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + chunk
        if not data:
            return False
        try:
            text, used = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            # A line-oriented read may still return the lines before the bad bytes.
            if not firstline:
                raise
            text, used = self.decode(data[:exc.start], self.errors)
            if len(text.splitlines(True)) <= 1:
                raise
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return bool(chunk)

    def _fill(self, size, chars, firstline=False):
        """Decodes chunks of `size` bytes until the character buffer holds `chars`
        characters (with chars < 0: until the stream ends)."""
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._decode_more(size, firstline):
                break

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self.charbuffertype().join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        self._fill(size, chars, firstline)
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self.charbuffertype()
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        # Lines split off the buffer by an earlier call are handed out first, without
        # reading the stream; the last of them goes back to the character buffer.
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines()[0]
        chunk = size or 72
        # The buffer's first `seen` characters were searched for a line end: each round
        # searches `chunk` more (doubling up to 8000), reading the stream as needed.
        seen = 0
        while True:
            self._fill(chunk, seen + chunk, True)
            grew = len(self.charbuffer) > seen
            seen = min(seen + chunk, len(self.charbuffer))
            if grew and self.charbuffer[seen - 1] == "\r":
                # The "\n" of a "\r\n" may follow.
                self._fill(1, seen + 1)
                seen = min(seen + 1, len(self.charbuffer))
            head, tail = self.charbuffer[:seen], self.charbuffer[seen:]
            pieces = head.splitlines(True)
            if len(pieces) > 2:
                line = pieces[0]
                pieces[-1] += tail
                self.linebuffer = pieces[1:]
                self.charbuffer = self.charbuffertype()
                break
            if pieces and (len(pieces) > 1 or pieces[0].splitlines()[0] != pieces[0]):
                line = pieces[0]
                self.charbuffer = self.charbuffer[len(line):]
                break
            if not grew or size is not None:
                line = head
                self.charbuffer = tail
                break
            if chunk < 8000:
                chunk *= 2
        if not keepends:
            line = line.splitlines()[0] if line else line
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_StreamBase):
    """A stream both read and written through one codec's reader and writer."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()


# The text codecs' stream classes decode and encode through the codec's incremental coders,
# which know what a stream remembers (the BOM read or written once, the byte order it chose):
# a reader hands back the bytes its decoder kept (a cut character) for the next read.
def _reader_decode(info):
    def decode(self, input, errors='strict'):
        decoder = self.__dict__.get("_decoder")
        if decoder is None:
            decoder = self._decoder = info.incrementaldecoder(errors)
        decoder.errors = errors
        text = decoder.decode(input)
        kept, flag = decoder.getstate()
        decoder.setstate((b"", flag))
        return text, len(input) - len(kept)
    return decode


def _writer_encode(info):
    def encode(self, input, errors='strict'):
        encoder = self.__dict__.get("_encoder")
        if encoder is None:
            encoder = self._encoder = info.incrementalencoder(errors)
        encoder.errors = errors
        return encoder.encode(input), len(input)
    return encode


def _coder_reset(base):
    def reset(self):
        base.reset(self)
        self.__dict__.pop("_decoder", None)
        self.__dict__.pop("_encoder", None)
    return reset


def _stream_classes(info):
    module = info.incrementalencoder.__module__
    name = info.name
    if info._is_text_encoding:
        reader_decode = _reader_decode(info)
        writer_encode = _writer_encode(info)
    else:
        writer_encode = staticmethod(info.encode)

        def reader_decode(self, input, errors='strict'):
            return info.decode(input, errors)
    # The bytes-to-bytes codecs' readers hand out bytes.
    charbuffertype = bytes if name in ("hex", "base64") else str
    reader = type("StreamReader", (StreamReader,), {
        "__module__": module, "decode": reader_decode, "charbuffertype": charbuffertype,
        "encode": staticmethod(info.encode), "reset": _coder_reset(StreamReader)})
    writer = type("StreamWriter", (StreamWriter,), {
        "__module__": module, "encode": writer_encode,
        "decode": staticmethod(info.decode), "reset": _coder_reset(StreamWriter)})
    return reader, writer


_complete_infos = {}
# One reader/writer pair per codec, whatever spelling found it.
_stream_classes_by_name = {}


def lookup(*args, **kwargs):
    info = _native_lookup(*args, **kwargs)
    # The native registry keeps one CodecInfo per spelling of the name, and so does this.
    complete = _complete_infos.get(id(info))
    if complete is None:
        classes = _stream_classes_by_name.get(info.name)
        if classes is None:
            classes = _stream_classes_by_name[info.name] = _stream_classes(info)
        reader, writer = classes
        complete = CodecInfo(info.encode, info.decode, reader, writer,
                             info.incrementalencoder, info.incrementaldecoder, info.name,
                             _is_text_encoding=info._is_text_encoding)
        _complete_infos[id(info)] = complete
    return complete


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        data = encoder.encode(text)
        if data:
            yield data
    data = encoder.encode("", True)
    if data:
        yield data


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        text = decoder.decode(data)
        if text:
            yield text
    text = decoder.decode(b"", True)
    if text:
        yield text
