package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 0x4e16, 0x1F600, 'x')
	fmt.Printf("%d %d\n", -42, int8(-128))
	fmt.Printf("%x %X\n", -255, uint64(1)<<63)
	fmt.Printf("%8.3d|%-8.3d|%.0d|%.0d\n", 7, 7, 0, 1)
	fmt.Printf("%08b\n", 5)
	fmt.Printf("%v %v\n", uint8(200), uintptr(0))
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%x\n", []int{10, 11})
	fmt.Printf("%5d|\n", []int{1, 2})
	fmt.Printf("%+d %+d\n", 0, -0)
	fmt.Printf("%q\n", 'x')
	fmt.Printf("%d%%\n", 50)
}
