// Package utf8: chanlab's implementation (native, Go's decoding rules).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeRune(p []byte) (r rune, size int) { return DecodeRuneInString(string(p)) }

func DecodeRuneInString(s string) (r rune, size int)

func DecodeLastRune(p []byte) (r rune, size int) { return DecodeLastRuneInString(string(p)) }

func DecodeLastRuneInString(s string) (r rune, size int)

func RuneLen(r rune) int

func EncodeRune(p []byte, r rune) int {
	b := AppendRune(nil, r)
	return copy(p, b)
}

func AppendRune(p []byte, r rune) []byte

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func RuneCountInString(s string) int

func Valid(p []byte) bool { return ValidString(string(p)) }

func ValidString(s string) bool

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

func FullRuneInString(s string) bool

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
