// fmt.Sscanf/Sscan into integers as Go: %b %o %x %X %U bases, %v with 0b/0o/0x/0 prefixes and
// underscores, no sign for unsigned types, overflow per size, strconv's errors.
package main

import "fmt"

func main() {
	var hx int
	var u uint8
	var i8 int8
	var u64 uint64
	var i64 int64
	try := func(in, f string, p any) {
		n, err := fmt.Sscanf(in, f, p)
		switch v := p.(type) {
		case *int:
			fmt.Println(in, f, *v, n, err)
		case *uint8:
			fmt.Println(in, f, *v, n, err)
		case *int8:
			fmt.Println(in, f, *v, n, err)
		case *uint64:
			fmt.Println(in, f, *v, n, err)
		case *int64:
			fmt.Println(in, f, *v, n, err)
		}
	}
	try("ff", "%x", &hx)
	try("0x1f", "%v", &hx)
	try("-0x1f", "%v", &hx)
	try("0b101", "%v", &hx)
	try("0o17", "%v", &hx)
	try("017", "%v", &hx)
	try("08", "%v", &hx)
	try("1_000", "%v", &hx)
	try("1_000", "%d", &hx)
	try("777", "%o", &hx)
	try("101", "%b", &hx)
	try("FE", "%X", &u)
	try("300", "%d", &u)
	try("-3", "%d", &u)
	try("+3", "%d", &u)
	try("200", "%d", &i8)
	try("-128", "%d", &i8)
	try("U+1F600", "%U", &hx)
	try("12", "%s", &hx)
	try("18446744073709551615", "%d", &u64)
	try("18446744073709551616", "%d", &u64)
	try("9223372036854775808", "%d", &i64)
	try("0x", "%v", &hx)
	try("abc", "%d", &hx)
	var a, b int
	n, err := fmt.Sscan("010 0x10", &a, &b)
	fmt.Println(a, b, n, err)
}
