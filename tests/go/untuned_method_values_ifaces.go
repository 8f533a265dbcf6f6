// Method values and expressions, Error/String precedence, embedded interfaces, typed-nil error, func maps.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Status int

func (s Status) Error() string  { return fmt.Sprintf("status %d", int(s)) }
func (s Status) String() string { return "S" + fmt.Sprint(int(s)) }

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ parts []string }

func (b *buf) Read() string   { return strings.Join(b.parts, "+") }
func (b *buf) Write(s string) { b.parts = append(b.parts, s) }

type nopErr struct{}

func (*nopErr) Error() string { return "nop" }

func find(fail bool) error {
	var e *nopErr
	if fail {
		e = &nopErr{}
	}
	return e
}

func main() {
	c := Counter{name: "hits"}
	inc := c.Inc
	str := c.String
	inc()
	inc()
	fmt.Println(c, str(), c.String(), &c)
	f := (*Counter).Inc
	f(&c)
	g := Counter.String
	fmt.Println(g(c))
	var s Status = 404
	fmt.Println(s, error(s), fmt.Stringer(s))
	fmt.Printf("%v %s %d %+v\n", s, s, s, []error{s, nil})
	var rw ReadWriter = &buf{}
	rw.Write("a")
	var w Writer = rw
	w.Write("b")
	if r, ok := w.(Reader); ok {
		fmt.Println("also reader:", r.Read())
	}
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isStringer)
	err := find(false)
	fmt.Println(err == nil, err != nil, errors.Is(err, err))
	fmt.Printf("%T %v\n", err, find(true))
	calls := []func(){c.Inc, c.Inc, func() { c.n *= 10 }}
	for _, call := range calls {
		call()
	}
	fmt.Println(c.n)
	m := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"pow": func(a, b float64) float64 {
			r := 1.0
			for range int(b) {
				r *= a
			}
			return r
		},
	}
	fmt.Println(m["add"](1, 2), m["pow"](2, 10), m["nope"] == nil)
}
