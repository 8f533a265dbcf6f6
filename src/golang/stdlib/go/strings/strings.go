// Package strings: chanlab's implementation of the string functions, in Go.
package strings

import (
	"unicode"
	"unicode/utf8"
)

func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func Index(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return 0
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

func LastIndex(s, substr string) int {
	n := len(substr)
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func IndexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, c := range s {
		if f(c) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func IndexAny(s, chars string) int {
	return IndexFunc(s, func(r rune) bool { return ContainsRune(chars, r) })
}

func LastIndexAny(s, chars string) int {
	return LastIndexFunc(s, func(r rune) bool { return ContainsRune(chars, r) })
}

func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count counts non-overlapping instances of substr (runes plus one if substr is empty).
func Count(s, substr string) int {
	if substr == "" {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// explode splits s into UTF-8 sequences, at most n (n < 0: all).
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Fields splits s around runs of white space.
func Fields(s string) []string { return FieldsFunc(s, unicode.IsSpace) }

func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	if out == nil {
		return []string{}
	}
	return out
}

func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	b := make([]byte, 0, len(s)*count)
	for i := 0; i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// Replace replaces the first n (n < 0: all) non-overlapping instances of old by new.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b []byte
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with every rune replaced by mapping(r); negative results are dropped.
func Map(mapping func(rune) rune, s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
	}
	return string(b)
}

func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

func ToLower(s string) string { return Map(unicode.ToLower, s) }

func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// Title upper-cases the first letter of each word (deprecated in Go, still used).
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		sep := prev == ' ' || unicode.IsSpace(prev) || unicode.IsPunct(prev) && prev != '\'' && prev != '_'
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	i := IndexFunc(s, func(r rune) bool { return !f(r) })
	if i < 0 {
		return ""
	}
	return s[i:]
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := LastIndexFunc(s, func(r rune) bool { return !f(r) })
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

func Trim(s, cutset string) string {
	return TrimFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

func TrimLeft(s, cutset string) string {
	return TrimLeftFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

func TrimRight(s, cutset string) string {
	return TrimRightFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(t)
		s, t = s[n1:], t[n2:]
		if r1 != r2 && unicode.ToLower(r1) != unicode.ToLower(r2) && unicode.ToUpper(r1) != unicode.ToUpper(r2) {
			return false
		}
	}
	return s == t
}

func Clone(s string) string { return s }

// A Replacer replaces a list of strings with replacements (old/new pairs, tried in argument
// order at each position).
type Replacer struct {
	pairs []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b []byte
	for i := 0; i <= len(s); {
		matched := false
		for p := 0; p < len(r.pairs); p += 2 {
			old := r.pairs[p]
			if HasPrefix(s[i:], old) && (old != "" || i <= len(s)) {
				b = append(b, r.pairs[p+1]...)
				if old == "" {
					if i < len(s) {
						b = append(b, s[i])
					}
					i++
				} else {
					i += len(old)
				}
				matched = true
				break
			}
		}
		if !matched {
			if i < len(s) {
				b = append(b, s[i])
			}
			i++
		}
	}
	return string(b)
}

// CutLast slices s around the last instance of sep: the text before and after it, and
// whether sep occurs (s, "", false when it does not).
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}
