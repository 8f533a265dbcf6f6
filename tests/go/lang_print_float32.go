package main

func main() {
	var f float32 = 0.1
	var c complex64 = complex(f, -f)
	println(f, float32(1e20), float64(f), f*3)
	println(c, complex128(c), -c)
	print(f, " ", c, "\n")
}
