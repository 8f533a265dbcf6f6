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

// SimpleFold iterates over the runes equivalent under simple case folding: the smallest
// equivalent rune greater than r, else the smallest one.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if f, ok := foldOrbit[r]; ok {
		return f
	}
	orbit := []rune{r, ToUpper(r), ToLower(r), ToLower(ToUpper(r)), ToUpper(ToLower(r))}
	next, least := r, r
	for _, c := range orbit {
		if c > r && (next == r || c < next) {
			next = c
		}
		if c < least {
			least = c
		}
	}
	if next != r {
		return next
	}
	return least
}

// A RangeTable defines a set of runes by ranges (scripts), or one of the classes the
// natives answer (Letter, Digit...: class > 0).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	class       int
}

// Range16 is a range of 16-bit runes: Lo, Lo+Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is a range of runes beyond 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

var (
	Letter      = &RangeTable{class: 1}
	L           = Letter
	Digit       = &RangeTable{class: 2}
	Nd          = Digit
	Number      = &RangeTable{class: 3}
	N           = Number
	Upper       = &RangeTable{class: 4}
	Lu          = Upper
	Lower       = &RangeTable{class: 5}
	Ll          = Lower
	Space       = &RangeTable{class: 6}
	White_Space = Space
	Punct       = &RangeTable{class: 7}
	P           = Punct
	Control     = &RangeTable{class: 8}
)

// Is reports whether r is in the range table.
func Is(rangeTab *RangeTable, r rune) bool {
	switch rangeTab.class {
	case 1:
		return IsLetter(r)
	case 2:
		return IsDigit(r)
	case 3:
		return IsNumber(r)
	case 4:
		return IsUpper(r)
	case 5:
		return IsLower(r)
	case 6:
		return IsSpace(r)
	case 7:
		return IsPunct(r)
	case 8:
		return IsControl(r)
	}
	if r < 0 {
		return false
	}
	for _, rg := range rangeTab.R16 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// In reports whether r is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }
