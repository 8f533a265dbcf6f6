package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0x1F", "1_000", "3.14", "", " 5", "9223372036854775808", "+8", "0b101"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("Atoi(%q): err=%v range=%v\n", s, ne.Err, errors.Is(err, strconv.ErrRange))
				continue
			}
		}
		fmt.Printf("Atoi(%q) = %d\n", s, n)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x80"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println("ParseInt base0 bits8", s, n, err)
	}
	for _, s := range []string{"ff", "FF", "zz", "777"} {
		n, err := strconv.ParseUint(s, 16, 64)
		fmt.Println("hex", s, n, err)
	}
	for _, s := range []string{"1e3", "-0.0", "inf", "NaN", "1e400", ".5", "1.7976931348623157e308", "0x1p-2", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println("float", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "0", "yes", "FALSE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println("bool", s, b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 36), strconv.FormatUint(1<<64-1, 16))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "x")))
	fmt.Println(strconv.Itoa(-0), strconv.IntSize)
}
