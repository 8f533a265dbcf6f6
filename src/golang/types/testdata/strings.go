package strings

func Repeat(s string, count int) string
func ToUpper(s string) string
func Contains(s, substr string) bool
func Split(s, sep string) []string
func Join(elems []string, sep string) string

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) String() string { return string(b.buf) }
