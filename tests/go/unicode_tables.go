package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek))
	fmt.Println(unicode.Is(unicode.Cyrillic, 'ж'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.IsControl('\n'), unicode.IsGraphic('☺'))
}
