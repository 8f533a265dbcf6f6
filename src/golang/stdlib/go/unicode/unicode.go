// Package unicode: chanlab's implementation: the class predicates and case mappings are
// native (tables generated from Go's); range tables are not provided.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsLetter(r rune) bool

func IsDigit(r rune) bool

func IsNumber(r rune) bool

func IsUpper(r rune) bool

func IsLower(r rune) bool

func IsTitle(r rune) bool { return false }

func IsSpace(r rune) bool

func IsPunct(r rune) bool

func IsPrint(r rune) bool

func IsGraphic(r rune) bool

func IsControl(r rune) bool

func IsMark(r rune) bool { return false }

func IsSymbol(r rune) bool {
	return IsGraphic(r) && !IsLetter(r) && !IsNumber(r) && !IsPunct(r) && !IsSpace(r)
}

func ToUpper(r rune) rune

func ToLower(r rune) rune

func ToTitle(r rune) rune

// Upper, Lower... are the case constants of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
