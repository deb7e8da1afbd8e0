module outagelab

go 1.26.8
