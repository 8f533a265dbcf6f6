// Package bytes: chanlab's implementation: Buffer and the common byte-slice functions
// (most through their strings counterparts).
package bytes

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

// A Buffer is a variable-sized buffer of bytes with Read and Write methods; the zero value
// is an empty buffer ready to use.
type Buffer struct {
	buf []byte
	off int
	// What the last operation read, for UnreadByte/UnreadRune: 0 nothing (or a write),
	// -1 bytes, 1..4 a rune of that size.
	lastRead int
}

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.lastRead = 0
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	b.buf = append(b.buf, c)
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
	m := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - m, nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return n, nil
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = -1
	return c, nil
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = string(b.buf[b.off:end])
	b.off = end
	b.lastRead = -1
	return line, err
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	m, err := w.Write(b.buf[b.off:])
	b.off += m
	return int64(m), err
}

func Equal(a, b []byte) bool { return string(a) == string(b) }

func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

func Contains(b, subslice []byte) bool { return strings.Contains(string(b), string(subslice)) }

func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }

func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(string(s), string(prefix)) }

func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(string(s), string(suffix)) }

func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

func toBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

func Split(s, sep []byte) [][]byte { return toBytes(strings.Split(string(s), string(sep))) }

func Fields(s []byte) [][]byte { return toBytes(strings.Fields(string(s))) }

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var out []byte
	for i, b := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, b...)
	}
	return out
}

func Repeat(b []byte, count int) []byte { return []byte(strings.Repeat(string(b), count)) }

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

func TrimSpace(s []byte) []byte { return []byte(strings.TrimSpace(string(s))) }

func Trim(s []byte, cutset string) []byte { return []byte(strings.Trim(string(s), cutset)) }

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func ReplaceAll(s, old, new []byte) []byte {
	return []byte(strings.ReplaceAll(string(s), string(old), string(new)))
}

func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// The rest of the byte-slice functions. Those that return part of s return a subslice of
// s, as Go's do; the others go through their strings counterparts.

func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }

func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

func IndexFunc(s []byte, f func(rune) bool) int { return strings.IndexFunc(string(s), f) }

func LastIndexFunc(s []byte, f func(rune) bool) int { return strings.LastIndexFunc(string(s), f) }

func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// TrimLeftFunc drops the leading runes f accepts (nil when none is left).
func TrimLeftFunc(s []byte, f func(rune) bool) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if !f(r) {
			return s[i:]
		}
		i += n
	}
	return nil
}

// TrimRightFunc drops the trailing runes f accepts.
func TrimRightFunc(s []byte, f func(rune) bool) []byte {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRune(s[:end])
		if !f(r) {
			break
		}
		end -= n
	}
	return s[0:end]
}

func TrimFunc(s []byte, f func(rune) bool) []byte { return TrimRightFunc(TrimLeftFunc(s, f), f) }

func TrimLeft(s []byte, cutset string) []byte {
	return TrimLeftFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

func TrimRight(s []byte, cutset string) []byte {
	return TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	return toBytes(strings.FieldsFunc(string(s), f))
}

func SplitN(s, sep []byte, n int) [][]byte {
	if n == 0 {
		return nil
	}
	return toBytes(strings.SplitN(string(s), string(sep), n))
}

func SplitAfter(s, sep []byte) [][]byte { return toBytes(strings.SplitAfter(string(s), string(sep))) }

func SplitAfterN(s, sep []byte, n int) [][]byte {
	if n == 0 {
		return nil
	}
	return toBytes(strings.SplitAfterN(string(s), string(sep), n))
}

func Map(mapping func(r rune) rune, s []byte) []byte { return []byte(strings.Map(mapping, string(s))) }

func Runes(s []byte) []rune { return []rune(string(s)) }

func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}

func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// bytesSeq yields each string of seq as a byte slice.
func bytesSeq(seq iter.Seq[string]) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for s := range seq {
			if !yield([]byte(s)) {
				return
			}
		}
	}
}

func Lines(s []byte) iter.Seq[[]byte] { return bytesSeq(strings.Lines(string(s))) }

func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return bytesSeq(strings.SplitSeq(string(s), string(sep))) }

func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] {
	return bytesSeq(strings.SplitAfterSeq(string(s), string(sep)))
}

func FieldsSeq(s []byte) iter.Seq[[]byte] { return bytesSeq(strings.FieldsSeq(string(s))) }

func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return bytesSeq(strings.FieldsFuncSeq(string(s), f))
}

// Next returns the next n unread bytes (fewer if the buffer holds fewer) and skips them.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = 0
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return data
}

// Peek returns the next n bytes without reading them (io.EOF if there are fewer).
func (b *Buffer) Peek(n int) ([]byte, error) {
	if b.Len() < n {
		return b.buf[b.off:], io.EOF
	}
	return b.buf[b.off : b.off+n], nil
}

// ReadBytes reads through the first delim (io.EOF and the rest if there is none).
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.ReadString(delim)
	return []byte(s), err
}

// ReadRune reads the next UTF-8 encoded rune.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	b.lastRead = 0
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = size
	return r, size, nil
}

// UnreadRune unreads the rune the last ReadRune returned.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = 0
	return nil
}

// UnreadByte unreads the last byte a successful read returned.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadFrom reads r until EOF, appending to the buffer.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	chunk := make([]byte, 512)
	for {
		m, e := r.Read(chunk)
		if m < 0 {
			panic("bytes.Buffer: reader returned negative count from Read")
		}
		b.buf = append(b.buf, chunk[:m]...)
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// Available returns how many bytes fit in the buffer's free capacity.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// AvailableBuffer returns an empty slice over the buffer's free capacity.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }
