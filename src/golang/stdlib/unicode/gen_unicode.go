// Generates chanlab's Unicode range tables from Go's unicode package.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func emit(name string, f func(rune) bool) {
	fmt.Printf("pub static %s: &[(u32, u32)] = &[\n", name)
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !f(r) {
			continue
		}
		lo := r
		for r+1 <= unicode.MaxRune && f(r+1) {
			r++
		}
		fmt.Printf("(%#x,%#x),", lo, r)
		n++
		if n%6 == 0 {
			fmt.Println()
		}
	}
	fmt.Println("\n];")
}

func main() {
	fmt.Println("//! Unicode range tables (generated from Go 1.27.3's `unicode` package by `gen_unicode.go`;")
	fmt.Println("//! do not edit): each table lists the inclusive rune ranges of one class.")
	fmt.Println()
	emit("PRINT", strconv.IsPrint)

	emit("LETTER", unicode.IsLetter)
	emit("DIGIT", unicode.IsDigit)
	emit("NUMBER", unicode.IsNumber)
	emit("UPPER", unicode.IsUpper)
	emit("LOWER", unicode.IsLower)

	emit("PUNCT", unicode.IsPunct)


	emit("SPACE", unicode.IsSpace)
}
