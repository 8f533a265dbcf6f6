// A multi-value call in a single-value context: Go writes the result tuple with the names the
// function or method declared (`(n int, err error)`), also for the standard library's.
package main

import (
	"fmt"
	"strings"
)

type T struct{}

func (T) M() (a, b int)           { return 1, 2 }
func (*T) P() (_ string, ok bool) { return "", false }
func g() (int, error)             { return 0, nil }
func h() (x int, _ error)         { return 0, nil }

func main() {
	var t T
	_ = t.M() + 1
	_ = t.P() + "x"
	_ = g() + 1
	_ = h() + 1
	_ = (t.M)() + 1
	_ = fmt.Sprint(strings.Cut("a=b", "="))
	_ = strings.Cut("a=b", "=") + 1
	_ = fmt.Sprintln(fmt.Sscan("1")) + fmt.Errorf("e")
}
