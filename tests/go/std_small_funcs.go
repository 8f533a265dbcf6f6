// Smaller standard functions: math.Pow10/Logb/Ilogb/Nextafter32, bits.Div32/Rem32/Rem,
// strings.CutLast, slices.CompareFunc/SortedStableFunc, errors.AsType, strconv.QuotedPrefix
// and the Graphic appenders, math/rand's Zipf, and Div32's runtime-error panic.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand"
	"slices"
	"strconv"
	"strings"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func main() {
	for _, n := range []int{-400, -324, -323, -310, -33, -32, -1, 0, 1, 22, 23, 31, 32, 100, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	for _, x := range []float64{0, 1, 3, 1000, 1e-310, 5e-324, math.Inf(-1), math.NaN(), -0.3} {
		fmt.Print(math.Logb(x), math.Ilogb(x), " ")
	}
	fmt.Println()
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter32(1, 1))
	fmt.Println(bits.Div32(1, 5, 7))
	fmt.Println(bits.Rem32(9, 5, 7), bits.Rem(9, 5, 7))
	fmt.Println(strings.CutLast("a/b/c", "/"))
	fmt.Println(strings.CutLast("abc", "/"))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "3"}, func(a int, b string) int { return strings.Compare(strconv.Itoa(a), b) }))
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
	err := fmt.Errorf("wrapped: %w", &MyErr{7})
	me, ok := errors.AsType[*MyErr](err)
	fmt.Println(me, ok)
	_, ok = errors.AsType[*strconv.NumError](err)
	fmt.Println(ok)
	for _, s := range []string{`"abc"def`, "`raw`x", `'a'b`, `"a\"b" tail`, `"unterminated`, `x`, `'ab'`, `"bad\q"`} {
		fmt.Println(strconv.QuotedPrefix(s))
	}
	fmt.Println(string(strconv.AppendQuoteToGraphic(nil, "\u263a\t")), string(strconv.AppendQuoteRuneToGraphic([]byte("x"), '\u00a0')))
	r := rand.New(rand.NewSource(5))
	z := rand.NewZipf(r, 1.2, 2, 20)
	for i := 0; i < 8; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	defer func() { fmt.Println(recover()) }()
	bits.Div32(8, 0, 7)
}
