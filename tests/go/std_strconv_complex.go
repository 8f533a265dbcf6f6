// strconv.FormatComplex and ParseComplex (parentheses, lone real or imaginary parts,
// inf/nan, range errors, bad syntax) and fmt's verbs and flags on complex values.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	values := []complex128{complex(2.5, -1), 0, complex(-4.75e12, 3e-9), complex(1, 1) / 7}
	for _, c := range values {
		fmt.Printf("%v %+v %9.3f %-22.2e| %G %+.2g %#v % .1f %08.2f\n", c, c, c, c, c, c, c, c, c)
		for _, f := range []byte{'f', 'e', 'g', 'b'} {
			fmt.Print(strconv.FormatComplex(c, f, 3, 128), " ", strconv.FormatComplex(c, f, -1, 64), " ")
		}
		fmt.Println()
	}
	var small complex64 = complex(0.1, -0.2)
	fmt.Printf("%v %.2v %T %v\n", small, small, small, real(small)+imag(small))
	inputs := []string{
		"3+4i", "(3+4i)", "-2.5i", "7", "6e2-1e-3i", "Inf-infi", "NaN+NaNi", "0x1p4+0x1p-1i",
		"1_000-2_0i", "+5i", "i", "3+4", "(3+4i", "3++4i", "3+4j", "", "1e999+1i", "1+1e999i",
	}
	for _, s := range inputs {
		c, err := strconv.ParseComplex(s, 128)
		var ne *strconv.NumError
		fmt.Println(c, err, errors.As(err, &ne) && errors.Is(err, strconv.ErrRange))
	}
	c, err := strconv.ParseComplex("1e39+2i", 64)
	fmt.Println(c, err)
}
