package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c %d %U\n", r, size, r)
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("\xff"), utf8.RuneLen('世'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 'x'), utf8.FullRune([]byte{0xe4}))
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	fmt.Println(unicode.IsUpper('A'), unicode.IsLetter('é'), unicode.IsDigit('5'), unicode.IsSpace('\t'), unicode.IsPunct('!'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
