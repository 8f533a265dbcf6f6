package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -0.5, 3.14159265, 1e21, 1.5e-8, 255.255, 100}
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		for _, prec := range []int{-1, 0, 3} {
			fmt.Printf("%c %2d:", f, prec)
			for _, v := range vals {
				fmt.Print(" ", strconv.FormatFloat(v, f, prec, 64))
			}
			fmt.Println()
		}
	}
	for _, v := range []float64{0.1, 1.0 / 3, 16777217} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'g', -1, 64))
	}
	for _, base := range []int{2, 7, 16, 36} {
		fmt.Println(base, strconv.FormatInt(-123456789, base), strconv.FormatUint(1<<64-1, base))
	}
	fmt.Println(strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u00a0x\t"), strconv.CanBackquote("a`b"))
}
