// strconv round trips: ParseInt bases, FormatFloat forms, Quote/Unquote, ParseBool, Append*.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0x1F", "0b1011", "0o17", "1_000", "9223372036854775808", "12a", ""} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q -> %d, %v\n", s, n, err)
	}
	for _, base := range []int{2, 8, 16, 36} {
		s := strconv.FormatInt(-123456, base)
		back, _ := strconv.ParseInt(s, base, 64)
		fmt.Println(base, s, back)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, f := range []float64{0.1, 1.0 / 3, 2.5e-10, 1e21, 123456789.0, math.Inf(-1), math.NaN(), -0.0} {
		g := strconv.FormatFloat(f, 'g', -1, 64)
		e := strconv.FormatFloat(f, 'e', 3, 64)
		fl := strconv.FormatFloat(f, 'f', -1, 32)
		back, err := strconv.ParseFloat(g, 64)
		fmt.Println(g, e, fl, back == f || math.IsNaN(f), err)
	}
	for _, s := range []string{"1e400", "-1e-400", "0x1p-2", "inf", "nan", "3.4e38"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, f32, err32)
	}
	for _, s := range []string{"tab\there", `quote"d`, "naïve ☺", "\x00\x7f", "\U0001F600"} {
		q := strconv.Quote(s)
		a := strconv.QuoteToASCII(s)
		back, err := strconv.Unquote(q)
		fmt.Println(q, a, back == s, err)
	}
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err, strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, -7, 10)
	buf = append(buf, ',')
	buf = strconv.AppendQuote(buf, "x")
	buf = strconv.AppendBool(buf, false)
	buf = strconv.AppendFloat(buf, 1.5, 'f', 2, 64)
	fmt.Println(string(buf))
	n, err := strconv.Atoi("  5")
	ne := err.(*strconv.NumError)
	fmt.Println(n, ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.FormatUint(math.MaxUint64, 16))
}
