package main

import (
	"fmt"
	"strconv"
)

func toBase(n int, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf []byte
	for n > 0 {
		buf = append([]byte{digits[n%base]}, buf...)
		n /= base
	}
	if neg {
		return "-" + string(buf)
	}
	return string(buf)
}

func main() {
	for _, n := range []int{0, 7, 255, -255, 1 << 20, 123456789} {
		for _, b := range []int{2, 8, 16, 36} {
			mine := toBase(n, b)
			std := strconv.FormatInt(int64(n), b)
			fmt.Printf("%s ", mine)
			if mine != std {
				fmt.Print("MISMATCH ")
			}
		}
		fmt.Println()
	}
}
