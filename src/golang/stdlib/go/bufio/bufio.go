// Package bufio: chanlab's implementation: buffered Writer, Reader and Scanner over any
// io.Writer/io.Reader (chanlab's standard input is empty).
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const defaultBufSize = 4096

// Writer buffers writes to an io.Writer; call Flush to write out what remains.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func NewWriterSize(w io.Writer, size int) *Writer {
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// Flush writes any buffered data to the underlying io.Writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

func (b *Writer) Available() int { return len(b.buf) - b.n }

func (b *Writer) Buffered() int { return b.n }

func (b *Writer) Size() int { return len(b.buf) }

func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

func (b *Writer) WriteString(s string) (int, error) { return b.Write([]byte(s)) }

func (b *Writer) WriteByte(c byte) error {
	_, err := b.Write([]byte{c})
	return err
}

func (b *Writer) WriteRune(r rune) (size int, err error) {
	return b.Write(utf8.AppendRune(nil, r))
}

// Reader buffers reads from an io.Reader.
type Reader struct {
	rd  io.Reader
	buf []byte
	err error
	// The bytes the last read returned last (for UnreadByte: one byte; for UnreadRune:
	// the rune's bytes, when the last read was ReadRune).
	lastByte []byte
	lastRune []byte
	size     int
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && b.size >= size {
		return b
	}
	if size < 16 {
		size = 16
	}
	return &Reader{rd: rd, size: size}
}

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// read records what a read returned, for UnreadByte and UnreadRune.
func (b *Reader) read(p []byte, rune bool) {
	b.lastByte, b.lastRune = nil, nil
	if len(p) > 0 {
		b.lastByte = p[len(p)-1:]
	}
	if rune {
		b.lastRune = p
	}
}

// fill reads more input; false at the end (or an error).
func (b *Reader) fill() bool {
	if b.err != nil {
		return false
	}
	tmp := make([]byte, defaultBufSize)
	n, err := b.rd.Read(tmp)
	b.buf = append(b.buf, tmp[:n]...)
	if err != nil {
		b.err = err
	}
	return n > 0 || err == nil
}

func (b *Reader) readErr() error {
	if b.err == nil {
		return io.EOF
	}
	return b.err
}

func (b *Reader) ReadString(delim byte) (string, error) {
	s, err := b.ReadBytes(delim)
	return string(s), err
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	for {
		if i := bytes.IndexByte(b.buf, delim); i >= 0 {
			line := append([]byte(nil), b.buf[:i+1]...)
			b.buf = b.buf[i+1:]
			b.read(line, false)
			return line, nil
		}
		if !b.fill() {
			line := b.buf
			b.buf = nil
			b.read(line, false)
			return line, b.readErr()
		}
	}
}

func (b *Reader) ReadByte() (byte, error) {
	for len(b.buf) == 0 {
		if !b.fill() {
			return 0, b.readErr()
		}
	}
	c := b.buf[0]
	b.read(b.buf[:1], false)
	b.buf = b.buf[1:]
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for len(b.buf) < utf8.UTFMax && !utf8.FullRune(b.buf) && b.fill() {
	}
	if len(b.buf) == 0 {
		b.read(nil, false)
		return 0, 0, b.readErr()
	}
	r, size = utf8.DecodeRune(b.buf)
	b.read(b.buf[:size], true)
	b.buf = b.buf[size:]
	return r, size, nil
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if len(b.buf) == 0 && !b.fill() {
		b.read(nil, false)
		return 0, b.readErr()
	}
	n = copy(p, b.buf)
	b.read(b.buf[:n], false)
	b.buf = b.buf[n:]
	return n, nil
}

// UnreadByte puts back the last byte read.
func (b *Reader) UnreadByte() error {
	if b.lastByte == nil {
		return ErrInvalidUnreadByte
	}
	b.buf = append(append([]byte(nil), b.lastByte...), b.buf...)
	b.lastByte, b.lastRune = nil, nil
	return nil
}

// UnreadRune puts back the rune the last ReadRune returned.
func (b *Reader) UnreadRune() error {
	if b.lastRune == nil {
		return ErrInvalidUnreadRune
	}
	b.buf = append(append([]byte(nil), b.lastRune...), b.buf...)
	b.lastByte, b.lastRune = nil, nil
	return nil
}

// Buffered returns how many bytes can be read without reading from the source.
func (b *Reader) Buffered() int { return len(b.buf) }

// Size returns the buffer's size.
func (b *Reader) Size() int { return b.size }

// Reset discards buffered data and reads from r from now on.
func (b *Reader) Reset(r io.Reader) {
	size := b.size
	if size == 0 {
		size = defaultBufSize
	}
	*b = Reader{rd: r, size: size}
}

// Peek returns the next n bytes without reading them (with the error that stopped it
// short: EOF, or ErrBufferFull beyond the buffer's size).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte, b.lastRune = nil, nil
	for len(b.buf) < n && len(b.buf) < b.size && b.fill() {
	}
	if n > b.size {
		return b.buf, ErrBufferFull
	}
	if len(b.buf) < n {
		return b.buf, b.readErr()
	}
	return b.buf[:n], nil
}

// Discard skips the next n bytes.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	b.lastByte, b.lastRune = nil, nil
	for len(b.buf) < n && b.fill() {
	}
	if len(b.buf) < n {
		discarded = len(b.buf)
		b.buf = nil
		return discarded, b.readErr()
	}
	b.buf = b.buf[n:]
	return n, nil
}

// ReadSlice reads through the first delim (as ReadBytes here).
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) { return b.ReadBytes(delim) }

// ReadLine returns the next line without its end ("\n" or "\r\n"); isPrefix is never
// true here (lines are not cut at the buffer size).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadBytes('\n')
	if len(line) == 0 {
		return nil, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return line, false, nil
}

// WriteTo writes the buffered data and then the rest of the source to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte, b.lastRune = nil, nil
	for len(b.buf) > 0 || b.fill() {
		if len(b.buf) == 0 {
			continue
		}
		m, e := w.Write(b.buf)
		n += int64(m)
		b.buf = b.buf[m:]
		if e != nil {
			return n, e
		}
	}
	if b.err != nil && b.err != io.EOF {
		err = b.err
	}
	return n, err
}

// SplitFunc is the signature of the split function used to tokenize the input.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var ErrTooLong = errors.New("bufio.Scanner: token too long")

// Scanner reads input as tokens (lines by default).
type Scanner struct {
	r     *Reader
	split SplitFunc
	token []byte
	err   error
	done  bool
}

func NewScanner(r io.Reader) *Scanner { return &Scanner{r: NewReader(r), split: ScanLines} }

func (s *Scanner) Split(split SplitFunc) { s.split = split }

func (s *Scanner) Buffer(buf []byte, max int) {}

// Scan advances to the next token: false at the end of the input or on an error.
func (s *Scanner) Scan() bool {
	for !s.done {
		atEOF := s.r.err != nil
		adv, tok, err := s.split(s.r.buf, atEOF)
		if err != nil {
			s.err = err
			s.done = true
			return false
		}
		if adv > 0 || tok != nil {
			s.r.buf = s.r.buf[adv:]
			if tok != nil {
				s.token = tok
				return true
			}
			continue
		}
		if atEOF {
			s.done = true
			break
		}
		s.r.fill()
	}
	return false
}

func (s *Scanner) Text() string { return string(s.token) }

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// ScanLines splits on newlines, dropping a trailing \r.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		line := data[:i]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		return i + 1, line, nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0:
		return true
	}
	return false
}

// ScanWords splits on runs of white space.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += w
	}
	for i := start; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + w, data[start:i], nil
		}
		i += w
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// ScanRunes splits into UTF-8 encoded runes.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	_, w := utf8.DecodeRune(data)
	return w, data[:w], nil
}

// ScanBytes splits into single bytes.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}
