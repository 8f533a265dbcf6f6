package testing

import (
	"fmt"
	"strconv"
	"strings"
)

// matchString reports whether str matches the regular expression pat (Go's RE2 syntax),
// or the compile error's text.
func matchString(pat, str string) (ok bool, err string)

// matcher selects the tests and subtests -run names, and makes subtest names unique.
type matcher struct {
	filter   [][]string // alternatives, each split at '/' into per-level patterns
	subNames map[string]int32
}

func newMatcher(pattern string) *matcher {
	m := &matcher{subNames: map[string]int32{}}
	if pattern != "" {
		m.filter = splitRegexp(pattern)
	}
	return m
}

// fullName returns the name of subtest subname of c and whether -run selects it.
func (m *matcher) fullName(c *common, subname string) (string, bool) {
	name := subname
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	if m.filter == nil {
		return name, true
	}
	elem := strings.Split(name, "/")
	for _, alt := range m.filter {
		if matchesAll(alt, elem) {
			return name, true
		}
	}
	return name, false
}

// matchesAll reports whether each level of the name matches its pattern (levels beyond
// the pattern match anything; a name shorter than the pattern matches partially).
func matchesAll(pats, elem []string) bool {
	for i, s := range elem {
		if i >= len(pats) {
			break
		}
		if ok, _ := matchString(pats[i], s); !ok {
			return false
		}
	}
	return true
}

// splitRegexp splits a -run pattern at the '/' and '|' outside brackets and parentheses.
func splitRegexp(s string) [][]string {
	var alts [][]string
	var a []string
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				if s[i] == '|' {
					alts = append(alts, a)
					a = nil
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(alts, append(a, s))
}

// unique makes parent/subname unique among its siblings (`#01`, `#02` ...).
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.subNames[name] != 0 {
			continue
		}
		return name
	}
}

// rewrite replaces spaces with underscores and unprintable runes with their escapes.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0:
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}
